import { describe, expect, it } from 'vitest';
import { minimalModel } from '../testing/fixtures/minimal-model.ts';
import { parseModelText } from './parse-model-text.ts';

describe('parseModelText', () => {
  it('validates well-formed JSON', () => {
    expect(parseModelText(JSON.stringify(minimalModel())).ok).toBe(true);
  });

  it('ignores a leading byte order mark', () => {
    expect(parseModelText(`\uFEFF${JSON.stringify(minimalModel())}`).ok).toBe(true);
  });

  it('reports invalid JSON at the root path with the line and column', () => {
    const result = parseModelText('{\n  "format": "parley/1",\n  "id": x\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', path: '' });
    expect(result.problems[0]?.message).toBe('invalid JSON at line 3, column 9: unexpected "x"; expected a value (object, array, string, number, true, false or null)');
  });

  it('reports empty text as invalid JSON', () => {
    const result = parseModelText('');
    expect(!result.ok && result.problems[0]?.message).toMatch(/^invalid JSON/);
  });
});
