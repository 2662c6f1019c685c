/**
 * A local reader of partial dates for the URL codec, so view-state does not wait on model/.
 * Same grammar as model files: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` with `Z`
 * or `±HH:MM`. TODO: switch to `parsePartialDate` from model/partial-date.ts once it is committed.
 */

/** A partial date's interval in ms since the epoch (UTC), end exclusive. */
export interface WindowDateSpan {
  readonly start: number;
  readonly end: number;
}

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2})))?)?)?$/;

const DAY_MS = 86_400_000;
// 400 Gregorian years are exactly 146,097 days; shifting by them keeps Date.UTC off its 19xx mapping of years 0–99.
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

function utc(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  return year >= 100
    ? Date.UTC(year, month - 1, day, hour, minute, second)
    : Date.UTC(year + 400, month - 1, day, hour, minute, second) - FOUR_CENTURIES_MS;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The UTC interval a partial date stands for, or undefined when `raw` is not a real date. */
export function parseWindowDate(raw: string): WindowDateSpan | undefined {
  const m = PARTS.exec(raw);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1) return undefined;
  if (m[2] === undefined) return { start: utc(year, 1), end: utc(year + 1, 1) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { start: utc(year, month), end: utc(year, month + 1) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return { start: utc(year, month, day), end: utc(year, month, day + 1) };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const hasSeconds = m[6] !== undefined;
  const second = hasSeconds ? Number(m[6]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (m[7] !== 'Z') {
    const hours = Number(m[9]);
    const minutes = Number(m[10]);
    if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
    offset = (m[8] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const start = utc(year, month, day, hour, minute, second) - offset * 60_000;
  return { start, end: start + (hasSeconds ? 1_000 : 60_000) };
}

/**
 * The same, forgiving a `+` offset that reached us as a space: in a query string an unescaped `+`
 * means space, and people paste `from=2025-03-13T18:43+03:00` by hand.
 */
export function repairWindowDate(raw: string): string {
  return raw.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?) (\d{2}:\d{2})$/, '$1+$2');
}
