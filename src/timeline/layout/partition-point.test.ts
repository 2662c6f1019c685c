import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partitionPoint } from './partition-point';

describe('partitionPoint', () => {
  it('finds the first value not less than the target in a sorted array', () => {
    const values = [1, 3, 3, 5, 8];
    expect(partitionPoint(0, values.length, (i) => values[i]! < 3)).toBe(1);
    expect(partitionPoint(0, values.length, (i) => values[i]! <= 3)).toBe(3);
    expect(partitionPoint(0, values.length, (i) => values[i]! < 0)).toBe(0);
    expect(partitionPoint(0, values.length, (i) => values[i]! < 99)).toBe(5);
  });

  it('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (raw, target) => {
        const values = [...raw].sort((a, b) => a - b);
        const expected = values.findIndex((v) => v >= target);
        const found = partitionPoint(0, values.length, (i) => values[i]! < target);
        expect(found).toBe(expected === -1 ? values.length : expected);
      }),
    );
  });
});
