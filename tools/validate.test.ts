import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenReferenceModel } from '../src/testing/fixtures/broken-reference-model.ts';
import { validModel } from '../src/testing/fixtures/valid-model.ts';
import { runValidator } from './run-validator.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What runValidator prints and returns for these arguments, run in this process. */
async function expected(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const { readFile } = await import('node:fs/promises');
  const code = await runValidator(args, {
    readFile: (path) => readFile(path), fetchBytes: () => Promise.reject(new Error('offline')),
    stdout: (line) => out.push(line), stderr: (line) => err.push(line),
  });
  return { code, stdout: out.map((line) => `${line}\n`).join(''), stderr: err.map((line) => `${line}\n`).join('') };
}

describe('tools/validate.mjs (npm run validate)', () => {
  const good = join(dir, 'good.json');
  const broken = join(dir, 'broken.json');
  writeFileSync(good, JSON.stringify(validModel()));
  writeFileSync(broken, JSON.stringify(brokenReferenceModel()));

  it('prints what runValidator prints and exits with its code, for valid, broken and missing files and usage errors', async () => {
    for (const args of [[good], [broken, good], [join(dir, 'missing.json')], [], ['--help'], ['--', good]]) {
      const run = spawnSync(process.execPath, ['tools/validate.mjs', ...args], { encoding: 'utf8' });
      const want = await expected(args);
      expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual(want);
    }
    // A busy machine needs a few seconds for six node processes (and the first build of the bundle).
  }, 60_000);
});
