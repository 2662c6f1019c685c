import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeIndex } from './create-time-index';
import { queryTimeIndex } from './query-time-index';

const span = (start: number, end: number) => ({ start, end });

/** Brute force, in the same order the index promises: by start, then input position. */
function bruteForce(items: readonly { start: number; end: number }[], t0: number, t1: number): number[] {
  return items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.start <= t1 && item.end >= t0)
    .sort((a, b) => a.item.start - b.item.start || a.i - b.i)
    .map(({ i }) => i);
}

describe('queryTimeIndex', () => {
  const items = [span(0, 100), span(10, 20), span(30, 40), span(50, 60), span(5, 6)];
  const index = createTimeIndex(items);

  it('returns the items intersecting the window in start order', () => {
    expect(queryTimeIndex(index, 15, 35)).toEqual([0, 1, 2]);
    expect(queryTimeIndex(index, 0, 5)).toEqual([0, 4]);
  });

  it('keeps items that only touch the window edges', () => {
    expect(queryTimeIndex(index, 60, 70)).toEqual([0, 3]);
    expect(queryTimeIndex(createTimeIndex([span(10, 20)]), 0, 10)).toEqual([0]);
  });

  it('finds a long interval that started well before the window', () => {
    expect(queryTimeIndex(index, 70, 80)).toEqual([0]);
  });

  it('returns nothing for a window before, after or between all items', () => {
    expect(queryTimeIndex(index, -10, -1)).toEqual([]);
    expect(queryTimeIndex(index, 101, 200)).toEqual([]);
    expect(queryTimeIndex(createTimeIndex([]), 0, 1)).toEqual([]);
  });

  it('returns every item, in start order, for a window around them all', () => {
    expect(queryTimeIndex(index, -10, 200)).toEqual([0, 4, 1, 2, 3]);
    expect(queryTimeIndex(index, 6, 50)).toEqual([0, 4, 1, 2, 3]);
    expect(queryTimeIndex(index, 7, 50)).toEqual([0, 1, 2, 3]);
  });

  it('walks (and builds) the max-end tree only for a window that leaves some item out', () => {
    const fresh = createTimeIndex(items);
    queryTimeIndex(fresh, -10, 200);
    expect(fresh.hasTree).toBe(false);
    expect(queryTimeIndex(fresh, 70, 80)).toEqual([0]);
    expect(fresh.hasTree).toBe(true);
  });

  it('reuses and clears the array passed as out', () => {
    const out = [99, 98];
    expect(queryTimeIndex(index, 45, 55, out)).toBe(out);
    expect(out).toEqual([0, 3]);
  });

  it('agrees with a brute-force filter on any intervals and window', () => {
    const interval = fc.tuple(fc.integer({ min: -50, max: 1000 }), fc.integer({ min: 0, max: 300 }))
      .map(([start, length]) => span(start, start + length));
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 150 }),
        fc.integer({ min: -100, max: 1100 }),
        fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1000, max: 1500 })),
        (spans, t0, width) => {
          expect(queryTimeIndex(createTimeIndex(spans), t0, t0 + width)).toEqual(bruteForce(spans, t0, t0 + width));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the events of a narrow window among 10,000, some of them years long', () => {
    const hour = 3_600_000;
    const many = Array.from({ length: 10_000 }, (_, i) => span(i * 7 * hour, i * 7 * hour + (i % 97 === 0 ? 40_000 * hour : 24 * hour)));
    const big = createTimeIndex(many);
    const out: number[] = [];
    for (const t0 of [0, 12_345 * hour, 50_000 * hour, 69_990 * hour]) {
      expect(queryTimeIndex(big, t0, t0 + 168 * hour, out)).toEqual(bruteForce(many, t0, t0 + 168 * hour));
    }
  });
});
