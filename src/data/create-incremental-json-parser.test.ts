import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIncrementalJsonParser } from './create-incremental-json-parser.ts';

/** Feeds `text` in pieces cut at `cuts` (positions, any order) and finishes. */
function parseInPieces(text: string, cuts: readonly number[], batchChars: number) {
  const parser = createIncrementalJsonParser({ batchChars });
  let from = 0;
  for (const at of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    parser.push(text.slice(from, at));
    from = at;
  }
  parser.push(text.slice(from));
  return parser.finish();
}

const jsonParse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** Objects shaped like models: top-level arrays of objects, scalars, nested objects, awkward strings. */
const awkwardString = fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\\"', '],[', '{"a":[', ',', '–', '\u2028'));
const element = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(awkwardString, fc.oneof(awkwardString, fc.array(awkwardString))));
const modelLike = fc.dictionary(
  fc.oneof(fc.constantFrom('events', 'statements', '__proto__', 'meta'), awkwardString),
  fc.oneof(fc.array(element, { maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
);
const layout = fc.record({ cuts: fc.array(fc.nat(), { maxLength: 8 }), batchChars: fc.integer({ min: 0, max: 40 }), space: fc.constantFrom(undefined, 1, '\t') });

describe('createIncrementalJsonParser', () => {
  it('gives what JSON.parse gives for the whole text, however it is cut and batched', () => {
    fc.assert(
      fc.property(modelLike, layout, (value, { cuts, batchChars, space }) => {
        const text = JSON.stringify(value, null, space);
        const result = parseInPieces(text, cuts, batchChars);
        expect(result).toEqual({ ok: true, value: JSON.parse(text) });
        if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts a text JSON.parse refuses, and accepts nothing but its value (mangled texts)', () => {
    const mangled = fc
      .tuple(modelLike, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', ',', ']', '[', '}', '{', '"', '\\', ' ', '1', ',,', '[,', ',]')), { minLength: 1, maxLength: 3 }))
      .map(([value, edits]) => {
        let text = JSON.stringify(value);
        for (const [at, remove, insert] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + insert + text.slice(p + remove);
        }
        return text;
      });
    fc.assert(
      fc.property(mangled, layout, (text, { cuts, batchChars }) => {
        const result = parseInPieces(text, cuts, batchChars);
        const expected = jsonParse(text);
        if (!expected.ok) expect(result).toEqual({ ok: false });
        // A valid text may still be left to JSON.parse (ok: false), but a value given is JSON.parse's.
        else if (result.ok) expect(result.value).toEqual(expected.value);
      }),
      { numRuns: 500 },
    );
  });

  it('reads empty arrays, and refuses empty elements and trailing commas', () => {
    expect(parseInPieces('{"a":[],"b":[ ]}', [3, 7], 0)).toEqual({ ok: true, value: { a: [], b: [] } });
    for (const text of ['{"a":[1,]}', '{"a":[,1]}', '{"a":[1,,2]}', '{"a":[1 2]}', '{"a":[1}', '{"a":[1]', '{"a":[1]} x']) {
      expect(parseInPieces(text, [], 0), text).toEqual({ ok: false });
    }
  });

  it('leaves anything but an object to JSON.parse', () => {
    for (const text of ['[1,2]', '"x"', '<!doctype html><html></html>', '\ufeff{"a":1}', '']) expect(parseInPieces(text, [], 0)).toEqual({ ok: false });
    expect(parseInPieces('  \n{"a": 1}', [1], 0)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('puts a key named "__proto__" back as an own property, as JSON.parse does', () => {
    const result = parseInPieces('{"__proto__":[1,2],"x":[3]}', [5], 1);
    expect(result.ok && Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toEqual([1, 2]);
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });
});
