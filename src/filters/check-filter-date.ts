import { parsePartialDate, readPartialDate } from '../model/partial-date.ts';
import type { TimeSpan } from '../model/types.ts';

/** A typed date: empty (an open end), a span, or a sentence saying what is wrong. */
export type FilterDateCheck =
  | { readonly ok: true; readonly value: string; readonly span?: TimeSpan }
  | { readonly ok: false; readonly error: string };

/** Checks a date typed into the date filter: `2025`, `2025-03`, `2025-03-14` (or a time), or nothing. */
export function checkFilterDate(text: string): FilterDateCheck {
  const value = text.trim();
  if (value === '') return { ok: true, value };
  const date = parsePartialDate(value);
  if (date) return { ok: true, value, span: { start: date.start, end: date.end } };
  const reading = readPartialDate(value);
  // A date of the right shape that does not exist gets the calendar's reason; anything else, the shapes.
  if (!reading.ok && reading.reason !== 'not a partial date') return { ok: false, error: `“${value}” is not a date: ${reading.reason}.` };
  return { ok: false, error: `“${value}” is not a date. Use a year, month or day: 2025, 2025-03 or 2025-03-14.` };
}
