import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './find-json-syntax-error.ts';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{\n  "id": x\n}', 2, 9, 'unexpected "x"; expected a value'],
    ['{"a": 1,}', 1, 8, 'trailing comma before "}": JSON allows no comma after the last key; remove it'],
    ['{\n  "ids": [\n    "a",\n    "b",\n  ]\n}', 4, 8, 'trailing comma before "]": JSON allows no comma after the last item; remove it'],
    ['[1,,2]', 1, 4, 'unexpected ","; expected a value'],
    ['{"a" 1}', 1, 6, 'unexpected "1"; expected ":" after the key'],
    ['[1, 2', 1, 6, 'unexpected end of text; expected "," or "]"'],
    ['', 1, 1, 'unexpected end of text; expected a value'],
    ['{"a": "\u0001"}', 1, 8, 'unexpected "\\u0001"'],
    ['{} {}', 1, 4, 'expected the end of the text'],
    ['{"quote": “x”}', 1, 11, 'unexpected "“"'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, message) => {
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toContain(message);
  });

  it('finds no error exactly when JSON.parse succeeds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((s) => s.slice(0, -1))), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(parses);
      }),
    );
  });
});
