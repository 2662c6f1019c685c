import { readFileSync } from 'node:fs';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { stripDescribeCalls } from './vite-schema-docs-plugin.ts';

describe('stripDescribeCalls', () => {
  it('keeps the schema of each describe(schema, docs) call, nested ones included, and drops the docs', () => {
    const code = "const a = describe(z.object({ b: describe(z.string(), 'B.'), c: describe(f(x, y), { description: 'C.', examples: [1] }) }), 'A.');";
    const { code: out, stripped } = stripDescribeCalls(code);
    expect(stripped).toBe(3);
    expect(out).toBe('const a = z.object({ b: z.string(), c: f(x, y) });');
  });

  it('leaves other calls named describe alone', () => {
    const code = "describe('a suite', () => {}, 5); describe(x); obj.describe(y, 'z');";
    expect(stripDescribeCalls(code).code.replace(/;\s*/g, ';')).toBe("describe('a suite', () => {}, 5);describe(x);obj.describe(y, 'z');");
  });

  it('strips every description from the real model file schema (the built app\'s e2e tests then validate with it)', async () => {
    const source = readFileSync(new URL('../src/model/model-file-schema.ts', import.meta.url), 'utf8');
    const { code } = await transformWithOxc(source, 'model-file-schema.ts');
    const { code: out, stripped } = stripDescribeCalls(code);
    // Every `describe(` in the source but the helper's own definition.
    expect(stripped).toBe(source.split('describe(').length - 2);
    expect(out).not.toContain('Unique id of the actor');
    expect(out).toContain('function describe(');
  });
});
