import type { TimeWindow } from '../view-state/view-state';

const pad = (n: number) => String(n).padStart(2, '0');

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
 */
export function formatWindowBounds(t0: number, t1: number): TimeWindow {
  if (t1 - t0 < 3 * 86_400_000) return { from: minute(t0), to: minute(t1) };
  // `to` names the last day shown, which the reader expects to see whole: t1 − 1 ms is still in it.
  return { from: day(t0), to: day(Math.max(t0, t1 - 1)) };
}
