import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxEventsPerDay } from './max-events-per-day';

const DAY = 86_400_000;
const day = (d: number, days = 1) => ({ start: d * DAY, end: (d + days) * DAY });

/** The definition, one counter per day: each span on its first day and at most two more. */
function bruteForce(spans: { start: number; end: number }[]): number {
  const perDay = new Map<number, number>();
  for (const { start, end } of spans) {
    const first = Math.floor(start / DAY);
    for (let d = first; d <= Math.min(Math.ceil(end / DAY) - 1, first + 2); d++) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  return Math.max(0, ...perDay.values());
}

describe('maxEventsPerDay', () => {
  it('counts the spans on the busiest day, a range on its first three days only', () => {
    expect(maxEventsPerDay([])).toBe(0);
    expect(maxEventsPerDay([day(1), day(1), day(2)])).toBe(2);
    expect(maxEventsPerDay([day(1, 30), day(2), day(3), day(3)])).toBe(3);
    expect(maxEventsPerDay([day(1, 30), day(4), day(4)])).toBe(2);
    // A moment at midnight belongs to the day it opens; an empty span at midnight to none.
    expect(maxEventsPerDay([{ start: 5 * DAY, end: 5 * DAY + 60_000 }, day(5)])).toBe(2);
    expect(maxEventsPerDay([{ start: 5 * DAY, end: 5 * DAY }, day(5)])).toBe(1);
  });

  it('stops counting at `atMost`', () => {
    expect(maxEventsPerDay([day(1), day(1), day(1), day(1)], 3)).toBe(3);
    expect(maxEventsPerDay([day(1), day(2)], 3)).toBe(1);
  });

  it('agrees with a counter per day, in time order or not, before 1970 too', () => {
    const span = fc.tuple(fc.integer({ min: -40 * DAY, max: 40 * DAY }), fc.integer({ min: 0, max: 6 * DAY })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.boolean(), fc.integer({ min: 1, max: 8 }), (spans, inOrder, atMost) => {
        if (inOrder) spans.sort((a, b) => a.start - b.start);
        expect(maxEventsPerDay(spans)).toBe(bruteForce(spans));
        expect(maxEventsPerDay(spans, atMost)).toBe(Math.min(atMost, bruteForce(spans)));
      }),
    );
  });
});
