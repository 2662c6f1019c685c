import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_FILE, pointPageAtModel, readModelForBuild } from './vite-model-plugin.ts';
import { DEFAULT_MODEL_PATH } from '../src/data/model-query-options.ts';
import { brokenReferenceModel } from '../src/testing/fixtures/broken-reference-model.ts';
import { warningsModel } from '../src/testing/fixtures/warnings-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-model-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('readModelForBuild', () => {
  it('gives the model a path under data/ by its file name, with its warnings', () => {
    const { build, warnings } = readModelForBuild(write('iran-deal-2015.json', warningsModel()));
    expect(build.sitePath).toBe('data/iran-deal-2015.json');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/iran-deal-2015\.json: .+: warning: /);
  });

  it('stops on a model with errors, listing them as the validator does', () => {
    const path = write('broken.json', brokenReferenceModel());
    expect(() => readModelForBuild(path)).toThrow(/is not a valid Parley model, so the build stops: 1 error\n.*statements\[1\]\.speaker: error: unknown actor id "oren-bsk"/);
    expect(() => readModelForBuild(write('comma.json', '{"format": "parley/1",}'))).toThrow(/trailing comma/);
    expect(() => readModelForBuild(join(dir, 'missing.json'))).toThrow(/cannot read it/);
  });
});

describe('the page of a model build', () => {
  it('names the default model where the plugin looks for it, and points at the other one', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    expect(DEFAULT_MODEL_FILE).toBe(DEFAULT_MODEL_PATH);
    expect(html).toContain(`data-model="${DEFAULT_MODEL_FILE}"`);
    const pointed = pointPageAtModel(html, 'data/iran-deal-2015.json');
    expect(pointed).toContain('data-model="data/iran-deal-2015.json"');
    expect(pointed).not.toContain(DEFAULT_MODEL_FILE);
  });
});

describe('PARLEY_MODEL=… vite build', () => {
  it('fails, naming the problem, when the model has errors', () => {
    const model = write('broken-build.json', brokenReferenceModel());
    const result = spawnSync('npx', ['vite', 'build', '--outDir', join(dir, 'out')], { env: { ...process.env, PARLEY_MODEL: model }, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('unknown actor id "oren-bsk"');
  }, 60_000);
});
