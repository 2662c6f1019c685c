import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableSortByKey } from './stable-sort-by-key';

const bySort = (keys: number[]) => keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);

describe('stableSortByKey', () => {
  it('orders positions by key, equal keys in their original order', () => {
    expect([...stableSortByKey(Float64Array.of(3, 1, 2, 1, -5), 5)]).toEqual([4, 1, 3, 2, 0]);
    expect([...stableSortByKey(new Float64Array(0), 0)]).toEqual([]);
  });

  it('sorts only the first `length` keys', () => {
    expect([...stableSortByKey(Float64Array.of(2, 1, 0), 2)]).toEqual([1, 0]);
  });

  it('sorts keys far from sorted too (past the insertion budget, by merging)', () => {
    const descending = Array.from({ length: 500 }, (_, i) => Math.floor((500 - i) / 3));
    expect([...stableSortByKey(Float64Array.from(descending), descending.length)]).toEqual(bySort(descending));
  });

  it('agrees with Array.prototype.sort and a key comparator, nearly sorted or not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 300 }), (keys) => {
        expect([...stableSortByKey(Float64Array.from(keys), keys.length)]).toEqual(bySort(keys));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 17, maxLength: 200 }), (keys) => {
        expect([...stableSortByKey(Float64Array.from(keys), keys.length)]).toEqual(bySort(keys));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 300 }), (jitter) => {
        const keys = jitter.map((d, i) => i + d);
        expect([...stableSortByKey(Float64Array.from(keys), keys.length)]).toEqual(bySort(keys));
      }),
    );
  });

  it('sorts keys that are sorted overall but not locally (long events centred past later short ones), by buckets', () => {
    // An event of a month among day events: its centre (its key) lies 15 days past its start.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0, 0, 15, 180), { minLength: 100, maxLength: 3000 }), fc.integer({ min: 1, max: 40 }), (halves, perDay) => {
        const keys = halves.map((half, i) => Math.floor(i / perDay) + half);
        expect([...stableSortByKey(Float64Array.from(keys), keys.length)]).toEqual(bySort(keys));
      }),
      { numRuns: 50 },
    );
  });

  it('falls back to merging when the keys bunch into a few buckets', () => {
    // One outlier stretches the range: everything else shares the first bucket, in reverse.
    const keys = [...Array.from({ length: 400 }, (_, i) => 400 - i), 1e12];
    expect([...stableSortByKey(Float64Array.from(keys), keys.length)]).toEqual(bySort(keys));
  });
});
