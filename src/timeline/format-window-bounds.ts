import type { TimeWindow } from '../view-state/view-state';

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last minutes a link can name: 0001-01-01T00:00Z and 9999-12-31T23:59Z. */
const FIRST = -62_135_596_800_000;
const LAST = 253_402_300_740_000;

function day(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function minute(ms: number): string {
  const d = new Date(ms);
  return `${day(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
}

/**
 * The visible window as URL partial dates: whole days (`from=2025-03-10&to=2025-03-20`, the day `to`
 * included), or minutes in UTC when less than three days are visible, so short links stay readable.
 * The margin drawn around a model in year 0001 or 9999 reaches beyond the years a date can name: the
 * link names the part of the window that a date can.
 */
export function formatWindowBounds(t0: number, t1: number): TimeWindow {
  const from = Math.min(Math.max(t0, FIRST), LAST);
  const to = Math.min(Math.max(t1, from), LAST);
  if (to - from < 3 * 86_400_000) return { from: minute(from), to: minute(to) };
  // `to` names the last day shown, which the reader expects to see whole: to − 1 ms is still in it.
  return { from: day(from), to: day(Math.max(from, to - 1)) };
}
