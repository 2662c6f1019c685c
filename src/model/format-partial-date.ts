import { getPartialDateFields, type PartialDateFields } from './partial-date.ts';
import type { PartialDate } from './types.ts';

/** `long`: "13 March 2025, 18:43 (UTC+03:00)"; `short`: "13 Mar 2025, 18:43 UTC+3". */
export type DateStyle = 'long' | 'short';

const LONG_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const rawOf = (date: PartialDate | string) => (typeof date === 'string' ? date : date.raw);

function monthName(month: number, style: DateStyle): string {
  return (style === 'long' ? LONG_MONTHS : SHORT_MONTHS)[month - 1] ?? String(month);
}

/** "(UTC)" / "(UTC+03:00)" in the long style, "UTC" / "UTC+3" / "UTC+5:30" in the short one. */
function formatOffset(offset: string, style: DateStyle): string {
  if (style === 'long') return offset === 'Z' ? '(UTC)' : `(UTC${offset})`;
  if (offset === 'Z') return 'UTC';
  const [hours = '00', minutes = '00'] = offset.slice(1).split(':');
  const h = String(Number(hours));
  return `UTC${offset[0]}${minutes === '00' ? h : `${h}:${minutes}`}`;
}

function formatClock(f: PartialDateFields): string {
  const clock = `${pad(f.hour ?? 0)}:${pad(f.minute ?? 0)}`;
  return f.second === undefined ? clock : `${clock}:${pad(f.second)}`;
}

function formatCalendar(f: PartialDateFields, style: DateStyle): string {
  if (f.month === undefined) return String(f.year);
  if (f.day === undefined) return `${monthName(f.month, style)} ${f.year}`;
  return `${f.day} ${monthName(f.month, style)} ${f.year}`;
}

/**
 * A partial date as text that keeps its precision: "2024", "August 2024", "13 March 2025",
 * "13 March 2025, 18:43 (UTC+03:00)"; short style "Aug 2024", "13 Mar 2025". Times are shown as
 * written, in their own offset, never in the reader's time zone. Malformed input is returned as is.
 */
export function formatPartialDate(date: PartialDate | string, style: DateStyle = 'long'): string {
  const raw = rawOf(date);
  const f = getPartialDateFields(raw);
  if (!f) return raw;
  const calendar = formatCalendar(f, style);
  if (f.hour === undefined || f.offset === undefined) return calendar;
  return `${calendar}, ${formatClock(f)} ${formatOffset(f.offset, style)}`;
}

/**
 * A span from `start` to `end` as text, sharing what both ends share: "6–8 August 2024",
 * "6 August – 3 September 2024", "March–May 2025", "2021–2023",
 * "13 March 2025, 18:43–19:10 (UTC+03:00)", and otherwise "6 August 2024 – March 2025".
 * Without an end (or with an end equal to the start) it is the single date.
 */
export function formatDateRange(
  start: PartialDate | string,
  end?: PartialDate | string,
  style: DateStyle = 'long',
): string {
  const startRaw = rawOf(start);
  const endRaw = end === undefined ? undefined : rawOf(end);
  if (endRaw === undefined || endRaw === startRaw) return formatPartialDate(startRaw, style);
  const a = getPartialDateFields(startRaw);
  const b = getPartialDateFields(endRaw);
  const full = `${formatPartialDate(startRaw, style)} – ${formatPartialDate(endRaw, style)}`;
  if (!a || !b) return full;
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  const isTime = (f: PartialDateFields) => f.hour !== undefined;
  const isDay = (f: PartialDateFields) => f.day !== undefined && !isTime(f);
  const isMonth = (f: PartialDateFields) => f.month !== undefined && f.day === undefined;
  const isYear = (f: PartialDateFields) => f.month === undefined;

  if (isYear(a) && isYear(b)) return `${a.year}–${b.year}`;
  if (isMonth(a) && isMonth(b) && sameYear && a.month !== undefined) {
    return `${monthName(a.month, style)}–${formatCalendar(b, style)}`;
  }
  if (isDay(a) && isDay(b) && sameYear && a.month !== undefined) {
    if (sameMonth) return `${a.day}–${formatCalendar(b, style)}`;
    return `${a.day} ${monthName(a.month, style)} – ${formatCalendar(b, style)}`;
  }
  if (isTime(a) && isTime(b) && sameMonth && a.day === b.day && a.offset === b.offset && b.offset) {
    return `${formatCalendar(a, style)}, ${formatClock(a)}–${formatClock(b)} ${formatOffset(b.offset, style)}`;
  }
  return full;
}
