import type { TimeSpan } from '../../model/types';

const DAY = 86_400_000;
/** A span counts on its first day and at most this many after it (long ranges are bars, not rows). */
const MAX_EXTRA_DAYS = 2;
/** Slots of the day window: a power of two above 1 + MAX_EXTRA_DAYS, so `day & WINDOW_MASK` picks one. */
const WINDOW_MASK = 3;

/**
 * The most spans that share one UTC day, or `atMost` once some day has that many (callers need no
 * more, and dense lanes get there early): how many rows a lane needs when zoomed in to days.
 * A span counts on each day it touches, up to its first three (long ranges are drawn as bars under
 * the rows and do not take a row of their own per day).
 */
export function maxEventsPerDay(spans: readonly TimeSpan[], atMost = Infinity): number {
  // Spans come in start order (the visible items are in time order), so once a span starts on day d
  // no later span touches an earlier day: the counts of the last few days are all that can still
  // grow. They live in a four-slot ring, tagged with their day, instead of a map over every day.
  const count = new Int32Array(WINDOW_MASK + 1);
  const dayOf = new Float64Array(WINDOW_MASK + 1).fill(NaN);
  let previousFirst = -Infinity;
  let most = 0;
  for (let i = 0; i < spans.length && most < atMost; i++) {
    const span = spans[i]!;
    const first = Math.floor(span.start / DAY);
    if (first < previousFirst) return maxEventsPerDayInAnyOrder(spans, atMost);
    previousFirst = first;
    const last = Math.min(Math.ceil(span.end / DAY) - 1, first + MAX_EXTRA_DAYS);
    for (let day = first; day <= last; day++) {
      const slot = day & WINDOW_MASK;
      const n = dayOf[slot] === day ? count[slot]! + 1 : 1;
      dayOf[slot] = day;
      count[slot] = n;
      if (n > most) most = n;
    }
  }
  return Math.min(most, atMost);
}

/** The same count for spans in no particular order: one counter per day. */
function maxEventsPerDayInAnyOrder(spans: readonly TimeSpan[], atMost: number): number {
  const perDay = new Map<number, number>();
  let most = 0;
  for (let i = 0; i < spans.length && most < atMost; i++) {
    const span = spans[i]!;
    const first = Math.floor(span.start / DAY);
    const last = Math.min(Math.ceil(span.end / DAY) - 1, first + MAX_EXTRA_DAYS);
    for (let day = first; day <= last; day++) {
      const n = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, n);
      if (n > most) most = n;
    }
  }
  return Math.min(most, atMost);
}
