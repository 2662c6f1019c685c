// `npm run validate -- <file-or-url>…` (see run-validator.ts for its output and exit codes).
//
// Runs tools/validate-model.ts as one prebuilt JavaScript file rather than through tsx, which
// transpiles the validator's ~60 modules on every start (~0.35 s of CPU, as much as checking a
// 5 MB model). The bundle is built with esbuild on the first run and whenever a file it was built
// from changes, and kept in node_modules/.cache/parley/; a fresh clone needs no extra step. Plain
// JavaScript, so that node runs it without a loader.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'tools', 'validate-model.ts');
const cacheDir = join(root, 'node_modules', '.cache', 'parley');
const bundle = join(cacheDir, 'validate-model.mjs');
const manifest = join(cacheDir, 'validate-model.json');

/**
 * A digest of the files the bundle was built from: the project's own sources by content, and the
 * lock file for the packages bundled with them (zod), so that an upgrade rebuilds it too.
 */
function digest(inputs) {
  const hash = createHash('sha256');
  for (const input of [...inputs, 'package-lock.json']) {
    hash.update(`${input}\0`);
    hash.update(readFileSync(join(root, input)));
  }
  return hash.digest('hex');
}

function isFresh() {
  try {
    const { inputs, hash } = JSON.parse(readFileSync(manifest, 'utf8'));
    return digest(inputs) === hash && readFileSync(bundle).length > 0;
  } catch {
    // No cache yet, or a file it was built from is gone: build it.
    return false;
  }
}

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: `node${process.versions.node}`,
    write: false, metafile: true, absWorkingDir: root, outfile: bundle, logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/')).sort();
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name and renamed, so that two validators started at once never read half a file.
  const temporary = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, bundle);
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ inputs, hash: digest(inputs) }));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
}

let prebuilt = isFresh();
if (!prebuilt) {
  try {
    await build();
    prebuilt = true;
  } catch (error) {
    // Without a bundle (no esbuild, a read-only node_modules) the sources still run through tsx.
    process.stderr.write(`note: running the validator without its prebuilt bundle (${error instanceof Error ? error.message : String(error)})\n`);
  }
}
if (prebuilt) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
