import type { DatePrecision, PartialDate } from './types.ts';

/**
 * The shape of a partial date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a time `YYYY-MM-DDTHH:MM[:SS]`
 * with `Z` or `±HH:MM`. Whether the date exists (no 30 February) is checked by `readPartialDate`.
 */
export const PARTIAL_DATE_PATTERN =
  '^\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2}))?)?)?$';

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2})))?)?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAY_MS = 86_400_000;
// 400 Gregorian years are exactly 146,097 days, so shifting a year by 400 keeps the calendar.
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

/** Ms since the epoch of a UTC calendar time; unlike bare `Date.UTC`, years 0–99 stay themselves. */
function utc(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  return year >= 100
    ? Date.UTC(year, month - 1, day, hour, minute, second)
    : Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The result of reading a partial date: the interval, or why the text is not a real date. */
export type PartialDateReading =
  | { readonly ok: true; readonly date: PartialDate }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a partial date into its UTC interval with precision. `reason` says what is wrong in words a
 * curator understands, e.g. "February 2025 has 28 days, got day 30".
 */
export function readPartialDate(raw: string): PartialDateReading {
  const m = PARTS.exec(raw);
  if (!m) return { ok: false, reason: 'not a partial date' };
  const year = Number(m[1]);
  if (year < 1) return { ok: false, reason: 'year 0000 does not exist; years run from 0001 to 9999' };
  if (m[2] === undefined) {
    return { ok: true, date: { raw, precision: 'year', start: utc(year, 1), end: utc(year + 1, 1) } };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${m[2]} does not exist; months run from 01 to 12` };
  if (m[3] === undefined) {
    return { ok: true, date: { raw, precision: 'month', start: utc(year, month), end: utc(year, month + 1) } };
  }
  const day = Number(m[3]);
  const days = getDaysInMonth(year, month);
  if (day < 1 || day > days) {
    return { ok: false, reason: `${MONTHS[month - 1]} ${year} has ${days} days, got day ${m[3]}` };
  }
  if (m[4] === undefined) {
    return { ok: true, date: { raw, precision: 'day', start: utc(year, month, day), end: utc(year, month, day + 1) } };
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23) return { ok: false, reason: `hour ${m[4]} does not exist; hours run from 00 to 23` };
  if (minute > 59) return { ok: false, reason: `minute ${m[5]} does not exist; minutes run from 00 to 59` };
  const hasSeconds = m[6] !== undefined;
  const second = hasSeconds ? Number(m[6]) : 0;
  if (second > 59) return { ok: false, reason: `second ${m[6]} does not exist; seconds run from 00 to 59` };
  let offsetMinutes = 0;
  if (m[7] !== 'Z') {
    const offsetHours = Number(m[9]);
    const offsetMins = Number(m[10]);
    if (offsetMins > 59 || offsetHours * 60 + offsetMins > 14 * 60) {
      return { ok: false, reason: `UTC offset ${m[7]} does not exist; offsets run from -14:00 to +14:00` };
    }
    offsetMinutes = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const precision: DatePrecision = hasSeconds ? 'second' : 'minute';
  const start = utc(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
  const end = start + (hasSeconds ? 1_000 : 60_000);
  return { ok: true, date: { raw, precision, start, end, offsetMinutes } };
}

/** The interval of a partial date, or undefined when `raw` is not a real partial date. */
export function parsePartialDate(raw: string): PartialDate | undefined {
  const reading = readPartialDate(raw);
  return reading.ok ? reading.date : undefined;
}

/** True when `raw` is a well-formed partial date of a day that exists. */
export function isPartialDate(raw: unknown): raw is string {
  return typeof raw === 'string' && readPartialDate(raw).ok;
}

/** The calendar fields as written in a partial date (not converted to UTC), for display. */
export interface PartialDateFields {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** "Z" or "±HH:MM" as written. */
  readonly offset?: string;
}

/** Splits a well-formed partial date into the fields as written; undefined when malformed. */
export function getPartialDateFields(raw: string): PartialDateFields | undefined {
  const m = PARTS.exec(raw);
  if (!m) return undefined;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  return {
    year: Number(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]),
    minute: num(m[5]), second: num(m[6]), offset: m[7],
  };
}
