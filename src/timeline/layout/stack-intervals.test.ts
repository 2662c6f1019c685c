import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stackIntervals, type PixelInterval } from './stack-intervals';

/** First-fit by scanning rows from the top: the obvious O(n · rows) reference. */
function naiveStack(items: readonly PixelInterval[], gap: number): number[] {
  const ends: number[] = [];
  return items.map(({ x0, x1 }) => {
    let row = ends.findIndex((end) => end + gap <= x0);
    if (row === -1) row = ends.length;
    ends[row] = Math.max(x0, x1);
    return row;
  });
}

const sortedIntervals = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 80 })), { maxLength: 60 })
  .map((pairs) => pairs.map(([x0, w]) => ({ x0, x1: x0 + w })).sort((a, b) => a.x0 - b.x0));

describe('stackIntervals', () => {
  it('puts non-overlapping intervals on one row and overlapping ones below', () => {
    const { rows, rowCount } = stackIntervals([
      { x0: 0, x1: 10 }, { x0: 5, x1: 20 }, { x0: 12, x1: 15 }, { x0: 21, x1: 30 },
    ], 2);
    expect([...rows]).toEqual([0, 1, 0, 0]);
    expect(rowCount).toBe(2);
  });

  it('reuses the topmost free row rather than the one that freed first', () => {
    const { rows } = stackIntervals([
      { x0: 0, x1: 50 }, { x0: 1, x1: 10 }, { x0: 2, x1: 5 }, { x0: 60, x1: 70 }, { x0: 61, x1: 62 },
    ]);
    expect([...rows]).toEqual([0, 1, 2, 0, 1]);
  });

  it('returns no rows for no items', () => {
    expect(stackIntervals([])).toEqual({ rows: new Int32Array(0), rowCount: 0 });
  });

  it('never lets two items on one row come closer than the gap', () => {
    fc.assert(
      fc.property(sortedIntervals, fc.integer({ min: 0, max: 10 }), (items, gap) => {
        const { rows, rowCount } = stackIntervals(items, gap);
        const lastEnd = new Map<number, number>();
        items.forEach(({ x0, x1 }, i) => {
          const row = rows[i]!;
          expect(row).toBeLessThan(rowCount);
          const end = lastEnd.get(row);
          if (end !== undefined) expect(x0).toBeGreaterThanOrEqual(end + gap);
          lastEnd.set(row, x1);
        });
      }),
    );
  });

  it('matches first-fit by scanning rows from the top', () => {
    fc.assert(
      fc.property(sortedIntervals, fc.integer({ min: 0, max: 10 }), (items, gap) => {
        expect([...stackIntervals(items, gap).rows]).toEqual(naiveStack(items, gap));
      }),
    );
  });
});
