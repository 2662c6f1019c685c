import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { storyModel } from '../testing/fixtures/story-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { createShapeCheck } from './create-shape-check.ts';
import { modelFileSchema } from './model-file-schema.ts';
import { validateModel } from './validate-model.ts';

/** Replaces the value at a random path of a valid model (plain, with positions or with a story) with arbitrary JSON, or deletes it. */
const mutatedModel = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.option(fc.jsonValue(), { nil: undefined }), fc.string(), fc.constantFrom(validModel, positionsModel, storyModel))
  .map(([steps, replacement, key, fixture]) => {
    const model = fixture() as unknown as Record<string, unknown>;
    let node: Record<string, unknown> | unknown[] = model;
    for (const [n, step] of steps.entries()) {
      const keys = Object.keys(node);
      const at = keys.length === 0 ? key : (keys[step % keys.length] as string);
      const child = (node as Record<string, unknown>)[at];
      const last = n === steps.length - 1 || typeof child !== 'object' || child === null;
      if (last) {
        if (replacement === undefined) delete (node as Record<string, unknown>)[at];
        else (node as Record<string, unknown>)[at] = replacement;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return model;
  });

const anyInput = fc.oneof(fc.jsonValue(), mutatedModel, fc.json().map((text) => JSON.parse(text) as unknown));

describe('validateModel on arbitrary input', () => {
  it('never throws and always gives a model or at least one problem', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateModel(input);
        if (result.ok) expect(result.model.meta.format).toBe('parley/1');
        else expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
        for (const p of result.ok ? result.warnings : result.problems) {
          expect(typeof p.path).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
    // 500 whole-model validations: a few seconds on a quiet machine, more on a shared one.
  }, 30_000);

  it('survives deeply nested JSON and __proto__ keys', () => {
    const deep = JSON.parse(`{"format":"parley/1","title":${'['.repeat(5000)}${']'.repeat(5000)},"__proto__":{"polluted":1}}`);
    const result = validateModel(deep);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('createShapeCheck', () => {
  const check = createShapeCheck(modelFileSchema);

  it('can be derived from the model file schema', () => {
    expect(check).toBeDefined();
  });

  it('agrees with zod on every input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(check?.(input)).toBe(modelFileSchema.safeParse(input).success);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('gives up on schemas it does not understand, leaving them to zod', async () => {
    const z = await import('zod/mini');
    expect(createShapeCheck(z.object({ a: z.string() }))).toBeUndefined();
    expect(createShapeCheck(z.strictObject({ a: z.email() }))).toBeUndefined();
    expect(createShapeCheck(z.strictObject({ a: z.array(z.string()).check(z.maxLength(3)) }))).toBeUndefined();
    expect(createShapeCheck(z.strictObject({ a: z.optional(z.string()).check(z.refine(() => false)) }))).toBeUndefined();
    expect(createShapeCheck(z.strictObject({ a: z.string().check(z.minLength(2)), n: z.number().check(z.maximum(3)) }))?.({ a: 'ab', n: 3 })).toBe(true);
  });

  it('checks the least length of an array, as zod does', async () => {
    const z = await import('zod/mini');
    const schema = z.strictObject({ a: z.array(z.string()).check(z.minLength(1)) });
    const check = createShapeCheck(schema);
    for (const value of [{ a: [] }, { a: ['x'] }, { a: ['x', 'y'] }, { a: [1] }]) {
      expect(check?.(value)).toBe(schema.safeParse(value).success);
    }
  });

  it('checks whole numbers (a multiple of 1) as zod does, and leaves other steps and number formats to zod', async () => {
    const z = await import('zod/mini');
    const schema = z.strictObject({ n: z.optional(z.number().check(z.multipleOf(1))) });
    const check = createShapeCheck(schema);
    // Whole numbers and halves: the two agree.
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (whole, half) => {
        const n = half ? whole + 0.5 : whole;
        expect(check?.({ n })).toBe(schema.safeParse({ n }).success);
      }),
    );
    // Any number: what the check lets through, zod accepts (zod, reading digits, also takes 1e-7 as a
    // multiple of 1; the check says no, and zod then has the last word, as for every "no").
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(2 ** 53 - 1, 2 ** 60, -0, 1e-7, '1')), (n) => {
        if (check?.({ n })) expect(schema.safeParse({ n }).success).toBe(true);
      }),
    );
    expect(createShapeCheck(z.strictObject({ n: z.number().check(z.multipleOf(5)) }))).toBeUndefined();
    expect(createShapeCheck(z.strictObject({ n: z.int() }))).toBeUndefined();
  });

  it('leaves objects with inherited enumerable keys or another prototype to zod (it says no; zod decides)', () => {
    const file = validModel();
    expect(check?.(file)).toBe(true);
    expect(check?.(Object.assign(Object.create({ inherited: 1 }) as object, file))).toBe(false);
    expect(check?.(Object.assign(new (class Copy {})(), file))).toBe(false);
    // A null prototype has nothing to inherit: zod and the check both take it.
    const bare = Object.assign(Object.create(null) as object, file);
    expect(check?.(bare)).toBe(modelFileSchema.safeParse(bare).success);
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      prototype.polluted = 1;
      expect(check?.(file)).toBe(false);
    } finally {
      delete prototype.polluted;
    }
    expect(check?.(file)).toBe(true);
  });

  it('tells an unknown key from a known one set to undefined, as zod does', () => {
    for (const value of [{ ...validModel(), license: undefined }, { ...validModel(), licence: undefined }, { ...validModel(), licence: 'CC0' }]) {
      expect(check?.(value)).toBe(modelFileSchema.safeParse(value).success);
    }
  });

  it('reads past checks that only attach metadata', async () => {
    const z = await import('zod/mini');
    const check = createShapeCheck(z.strictObject({ a: z.string().check(z.describe('A.'), z.minLength(2)), b: z.array(z.number()).check(z.meta({ title: 'B' })) }));
    expect(check?.({ a: 'ab', b: [1] })).toBe(true);
    expect(check?.({ a: 'a', b: [1] })).toBe(false);
  });
});

/** A real partial date of year, month or day precision, and its interval. */
const partialDate = fc
  .tuple(fc.integer({ min: 2020, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('year', 'month', 'day'))
  .map(([y, m, d, precision]) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    if (precision === 'year') return { raw: `${y}`, start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
    if (precision === 'month') return { raw: `${y}-${mm}`, start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
    return { raw: `${y}-${mm}-${dd}`, start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d + 1) };
  });

describe('validateModel on generated opening views', () => {
  it('rejects a window exactly when it ends before it starts, and only at view.to', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (from, to) => {
        const model = validModel();
        model.view = { from: from.raw, to: to.raw };
        const result = validateModel(model);
        const errors = result.ok ? [] : result.problems.filter((p) => p.severity === 'error');
        if (to.end <= from.start) expect(errors.map((p) => p.path)).toEqual(['view.to']);
        else expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
