import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getRelationLevel, RELATION_LEVELS } from './relation-level.ts';

describe('getRelationLevel', () => {
  it('gives empty cells no shade and the largest the darkest', () => {
    expect(getRelationLevel(0, 7)).toBe(0);
    expect(getRelationLevel(7, 7)).toBe(RELATION_LEVELS);
    expect(getRelationLevel(1, 40)).toBe(1);
  });

  it('never shades a larger count lighter than a smaller one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (max, a, b) => {
        const [lo, hi] = [Math.min(a, b, max), Math.min(Math.max(a, b), max)];
        expect(getRelationLevel(lo, max)).toBeLessThanOrEqual(getRelationLevel(hi, max));
        expect(getRelationLevel(hi, max)).toBeGreaterThanOrEqual(hi > 0 ? 1 : 0);
      }),
    );
  });
});
