import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateModel } from '../src/model/validate-model.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('the README’s model examples', () => {
  it('are a valid model without warnings, with the positions example added to the full one', () => {
    const full = JSON.parse(jsonBlocks[0] ?? '') as Record<string, unknown>;
    const positions = JSON.parse(`{${jsonBlocks.find((b) => b.trimStart().startsWith('"topics"')) ?? ''}}`) as Record<string, unknown>;
    delete full.$schema;
    const result = validateModel({ ...full, ...positions });
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.model.positions.size).toBe(1);
  });
});
