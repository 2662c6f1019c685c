import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxOverlapDepth } from './max-overlap-depth';

const DAY = 86_400_000;
const MINUTE = 60_000;
const day = (d: number, days = 1) => ({ start: d * DAY, end: (d + days) * DAY });

/** The definition: the most spans (widened to `minLength`) that contain one of the spans' starts. */
function bruteForce(spans: { start: number; end: number }[], minLength: number): number {
  const widened = spans.map(({ start, end }) => (end - start >= minLength ? { start, end } : { start: (start + end) / 2 - minLength / 2, end: (start + end) / 2 + minLength / 2 }));
  let most = 0;
  for (const { start: t } of widened) most = Math.max(most, widened.filter((s) => s.start <= t && t < s.end).length);
  return most;
}

describe('maxOverlapDepth', () => {
  it('counts the spans open at the busiest moment, however long they run', () => {
    expect(maxOverlapDepth([])).toBe(0);
    expect(maxOverlapDepth([day(1), day(1), day(2)])).toBe(2);
    // Talks from 27 June to 14 July, and an agreement on 14 July: the talks are still open that day.
    expect(maxOverlapDepth([day(0, 18), day(17)])).toBe(2);
    // Talks from 26 March to 2 April, and two one-day events on 2 April.
    expect(maxOverlapDepth([day(0, 8), day(7), day(7)])).toBe(3);
    // Consecutive days touch at midnight but do not overlap.
    expect(maxOverlapDepth([day(1), day(2), day(3)])).toBe(1);
  });

  it('counts moments closer than the shortest length as overlapping', () => {
    const at = (m: number) => ({ start: m * MINUTE, end: (m + 1) * MINUTE });
    expect(maxOverlapDepth([at(0), at(2)])).toBe(1);
    expect(maxOverlapDepth([at(0), at(2)], 6 * MINUTE)).toBe(2);
    expect(maxOverlapDepth([at(0), at(10)], 6 * MINUTE)).toBe(1);
  });

  it('stops counting at `atMost`', () => {
    expect(maxOverlapDepth([day(1), day(1), day(1), day(1)], 0, 3)).toBe(3);
    expect(maxOverlapDepth([day(1), day(2)], 0, 3)).toBe(1);
  });

  it('agrees with the definition, in any order, before 1970 and in year 1 too', () => {
    const origin = Date.UTC(2000, 0, 1) - 2000 * 365.25 * DAY;
    const span = fc.tuple(fc.integer({ min: -40 * DAY, max: 40 * DAY }), fc.integer({ min: 0, max: 6 * DAY }), fc.boolean()).map(([start, length, early]) => ({ start: (early ? origin : 0) + start, end: (early ? origin : 0) + start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.constantFrom(0, 6 * MINUTE, DAY), fc.integer({ min: 1, max: 8 }), (spans, minLength, atMost) => {
        expect(maxOverlapDepth(spans, minLength)).toBe(bruteForce(spans, minLength));
        expect(maxOverlapDepth(spans, minLength, atMost)).toBe(Math.min(atMost, bruteForce(spans, minLength)));
      }),
    );
  });
});
