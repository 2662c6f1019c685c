import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { formatProblem } from '../src/model/format-problem.ts';
import { parseModelText } from '../src/model/parse-model-text.ts';

/** The model a build ships when PARLEY_MODEL is not set (public/data/). */
export const DEFAULT_MODEL_FILE = 'data/ukraine-ceasefire-2025.json';

/** What a model build checks and writes: the file on disk and where the site serves it. */
export interface ModelBuild {
  /** The model file on disk. */
  readonly source: string;
  /** Its path in the built site, relative to the page: `data/<name>.json`. */
  readonly sitePath: string;
  readonly text: string;
}

/**
 * Reads and validates the model a build is made around. Throws with every error (as
 * `npm run validate` prints them) when it has any, so a broken model never ships; warnings are
 * returned for the build to show.
 */
export function readModelForBuild(path: string, cwd = process.cwd()): { build: ModelBuild; warnings: string[] } {
  const source = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new Error(`PARLEY_MODEL=${path}: cannot read it (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const result = parseModelText(text);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    throw new Error(
      `PARLEY_MODEL=${path} is not a valid Parley model, so the build stops: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}\n` +
        result.problems.map((p) => formatProblem(p, path)).join('\n'),
    );
  }
  return { build: { source, sitePath: `data/${basename(source)}`, text }, warnings: result.warnings.map((p) => formatProblem(p, path)) };
}

/** The page with the prefetch and the <noscript> pointing at `sitePath` instead of the default model. */
export function pointPageAtModel(html: string, sitePath: string): string {
  const escaped = sitePath.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return html.split(DEFAULT_MODEL_FILE).join(escaped);
}

/**
 * `PARLEY_MODEL=path/to/model.json npm run build`: a site around another model. The model is
 * validated first (errors fail the build), copied to `data/<its name>` in the output, made the
 * app's default (the address `?model=` overrides) and the page's prefetch; the example model is left
 * out of that build. Without PARLEY_MODEL the plugin does nothing.
 */
export function viteModelPlugin(env: Readonly<Record<string, string | undefined>> = process.env): Plugin {
  const path = env.PARLEY_MODEL?.trim();
  let model: ModelBuild | undefined;
  let config: ResolvedConfig | undefined;
  return {
    name: 'parley:model',
    apply: 'build',
    config() {
      if (!path) return undefined;
      const { build, warnings } = readModelForBuild(path);
      model = build;
      for (const warning of warnings) console.warn(`warning: ${warning}`);
      return { define: { __PARLEY_MODEL_PATH__: JSON.stringify(build.sitePath) } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml(html) {
      return model ? pointPageAtModel(html, model.sitePath) : html;
    },
    // After Vite has copied public/ into the output: the model goes in, the example model out.
    closeBundle() {
      if (!model || !config) return;
      const outDir = resolve(config.root, config.build.outDir);
      if (model.sitePath !== DEFAULT_MODEL_FILE) {
        rmSync(join(outDir, DEFAULT_MODEL_FILE), { force: true });
        rmSync(join(outDir, 'data', 'CURATION.md'), { force: true });
      }
      const target = join(outDir, model.sitePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, model.text);
    },
  };
}
