import { describe, expect, it } from 'vitest';
import { brokenReferenceModel } from '../src/testing/fixtures/broken-reference-model.ts';
import { validModel } from '../src/testing/fixtures/valid-model.ts';
import { warningsModel } from '../src/testing/fixtures/warnings-model.ts';
import { runValidator, USAGE, type ValidatorIo } from './run-validator.ts';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2));

function createIo(files: Record<string, Uint8Array>, urls: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ValidatorIo = {
    readFile: async (path) => {
      const bytes = files[path];
      if (!bytes) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes;
    },
    fetchBytes: async (url) => {
      const bytes = urls[url];
      if (!bytes) throw new Error('HTTP 404 Not Found');
      return bytes;
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('runValidator', () => {
  it('prints an ok line and a summary and exits 0 for a valid file', async () => {
    const { io, out } = createIo({ 'good.json': encode(validModel()) });
    expect(await runValidator(['good.json'], io)).toBe(0);
    expect(out).toEqual(['good.json: ok: 4 events, 2 statements, 6 actors, 2 sources', '0 errors, 0 warnings in 1 file']);
  });

  it('prints problems as file: path: severity: message and exits 1 on errors', async () => {
    const { io, out } = createIo({ 'ukraine.json': encode(brokenReferenceModel()) });
    expect(await runValidator(['--', 'ukraine.json'], io)).toBe(1);
    expect(out).toEqual([
      'ukraine.json: statements[1].speaker: error: unknown actor id "oren-bsk"; expected an actor id — did you mean "oren-bask"?',
      '1 error, 0 warnings in 1 file',
    ]);
  });

  it('exits 0 when there are only warnings', async () => {
    const { io, out } = createIo({ 'w.json': encode(warningsModel()) });
    expect(await runValidator(['w.json'], io)).toBe(0);
    expect(out.filter((line) => line.includes(': warning: '))).toHaveLength(3);
    expect(out.at(-1)).toBe('0 errors, 3 warnings in 1 file');
  });

  it('validates several files and URLs and sums them up', async () => {
    const { io, out } = createIo(
      { 'a.json': encode(validModel()), 'b.json': encode(brokenReferenceModel()) },
      { 'https://example.org/m.json': encode(warningsModel()) },
    );
    expect(await runValidator(['a.json', 'b.json', 'https://example.org/m.json'], io)).toBe(1);
    expect(out.at(-1)).toBe('1 error, 3 warnings in 3 files');
  });

  it('reports invalid JSON with line and column', async () => {
    const { io, out } = createIo({ 'bad.json': encode('{\n  "format": "parley/1",\n}') });
    expect(await runValidator(['bad.json'], io)).toBe(1);
    expect(out[0]).toBe('bad.json: error: invalid JSON at line 2, column 23: trailing comma before "}": JSON allows no comma after the last key; remove it');
  });

  it('rejects bytes that are not UTF-8 instead of replacing them', async () => {
    const bytes = new Uint8Array([...encode('{\n"title": "'), 0x93, ...encode('quoted"}')]);
    const { io, out } = createIo({ 'latin1.json': bytes });
    expect(await runValidator(['latin1.json'], io)).toBe(1);
    expect(out[0]).toBe('latin1.json: error: not valid UTF-8: byte 0x93 at byte offset 12 (line 2); expected the file saved as UTF-8');
  });

  it('exits 2 with a clear message for a missing file or a failed fetch', async () => {
    const { io, err, out } = createIo({ 'a.json': encode(validModel()) });
    expect(await runValidator(['missing.json', 'a.json', 'https://example.org/gone.json'], io)).toBe(2);
    expect(err).toEqual([
      "missing.json: cannot read: ENOENT: no such file or directory, open 'missing.json'",
      'https://example.org/gone.json: cannot fetch: HTTP 404 Not Found',
    ]);
    expect(out.at(-1)).toBe('0 errors, 0 warnings in 1 file; 2 could not be read');
  });

  it('exits 2 with the usage for no arguments or an unknown option', async () => {
    const none = createIo({});
    expect(await runValidator([], none.io)).toBe(2);
    expect(none.err).toEqual([USAGE]);
    const option = createIo({});
    expect(await runValidator(['--strict', 'a.json'], option.io)).toBe(2);
    expect(option.err[0]).toBe('unknown option --strict');
  });
});
