import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateModel } from '../model/validate-model';
import { BUNDLED_MODEL_FILE, readBundledModel, readModelFile } from './bundled-model';
import { validModel } from './fixtures/valid-model';

describe('the bundled model', () => {
  it('validates, with no warning but the one kept on purpose', () => {
    const result = validateModel(JSON.parse(readFileSync(BUNDLED_MODEL_FILE, 'utf8')));
    // Ukraine's energy position rests on a US statement alone; CURATION.md keeps that warning visible.
    expect((result.ok ? result.warnings : result.problems).map((p) => p.path)).toEqual(['positions[6].evidence[0]']);
    expect(readBundledModel().events.size).toBeGreaterThan(0);
  });

  it('is read in a way that throws, naming each problem by path, when a model file is broken or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-bundled-'));
    try {
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, JSON.stringify(validModel({ statements: { 'bask-reply': { speaker: 'nobody' } } })));
      expect(() => readModelFile(broken)).toThrow(/^statements\[1\]\.speaker: unknown actor id "nobody"/);
      writeFileSync(broken, '{"format": "parley/1",');
      expect(() => readModelFile(broken)).toThrow(SyntaxError);
      expect(() => readModelFile(join(dir, 'missing.json'))).toThrow(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
