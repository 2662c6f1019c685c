import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinStrings, splitStringsInSteps, type JoinedStrings } from './join-strings.ts';

const split = (joined: JoinedStrings) => {
  const out: string[] = [];
  for (const _ of splitStringsInSteps(joined, out));
  return out;
};

describe('joinStrings / splitStringsInSteps', () => {
  it('give back the same table, empty strings, astral characters and lone surrogates included', () => {
    const anyString = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', '🕊️', '\ud800', '\udc00x'));
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 50 }), (strings) => {
        const joined = structuredClone(joinStrings(strings));
        expect(split(joined)).toEqual(strings);
      }),
    );
  });

  it('yields between slices of a large table', () => {
    const strings = Array.from({ length: 45_000 }, (_, i) => `s${i}`);
    const out: string[] = [];
    expect([...splitStringsInSteps(joinStrings(strings), out)]).toHaveLength(2);
    expect(out).toEqual(strings);
  });
});
