import { readPartialDate } from '../model/partial-date.ts';
import { isRecord } from '../model/loose-json.ts';

/** A remark about one field of a TimelineJS date object (`hour`, `display_date`…). */
export interface DateFieldNote {
  readonly field: string;
  readonly message: string;
}

/** A TimelineJS date object read as a parley/1 partial date, or why it cannot be. */
export interface TimelineDateReading {
  /** The partial date (`2015`, `2015-07`, `2015-07-14`, `2015-07-14T07:02+02:00`); undefined when it cannot be read. */
  readonly date?: string;
  /** Why there is no date: a BCE year, a month 13, a day that does not exist… */
  readonly problem?: string;
  /** The field the problem is in (`year`, `month`, `day`). */
  readonly problemField?: string;
  /** What was left out or changed on the way. */
  readonly notes: readonly DateFieldNote[];
  /** TimelineJS's `display_date`, which parley/1 has no place for; the caller keeps it in a note. */
  readonly displayDate?: string;
}

const KNOWN = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format']);
const OFFSET = /^(?:Z|[+-]\d{2}:\d{2})$/;

/** True when a date field is blank: TimelineJS files and sheets write missing parts as "" too. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A whole number as TimelineJS takes it: a number, or a string of digits (spaces and thousands commas allowed). */
function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/[\s,]+/g, '');
  return /^[+-]?\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/**
 * Reads a TimelineJS date object (`{ "year": 2015, "month": 7, "day": 14, "hour": 7, "minute": 2 }`).
 * The precision follows the fields present: a year alone is a year. TimelineJS times carry no UTC
 * offset and parley/1 times must, so a time is kept only when `utcOffset` is given; otherwise the
 * date stops at the day and a note says so. Years before 1 (TimelineJS writes BCE years as negative
 * numbers) and after 9999 are reported, never guessed.
 */
export function readTimelineDate(value: unknown, utcOffset?: string): TimelineDateReading {
  if (!isRecord(value)) return { problem: `expected a date object like { "year": 2015, "month": 7 }, got ${Array.isArray(value) ? 'an array' : shown(value)}`, notes: [] };
  const notes: DateFieldNote[] = [];
  for (const key of Object.keys(value)) {
    if (!KNOWN.has(key)) notes.push({ field: key, message: 'not carried over (not a field of a TimelineJS date)' });
  }
  const fail = (field: string, problem: string): TimelineDateReading => ({ problem, problemField: field, notes });
  const field = (name: string): number | undefined | 'bad' => {
    const raw = value[name];
    if (isBlank(raw)) return undefined;
    return readInteger(raw) ?? 'bad';
  };

  const year = field('year');
  if (year === undefined) return fail('year', 'has no year; every TimelineJS date needs one');
  if (year === 'bad') return fail('year', `year ${shown(value.year)} is not a whole number`);
  if (year < 1) {
    return fail('year', `year ${year} is ${year === 0 ? 'the year 0, which the calendar does not have' : `${-year} BCE`}; parley/1 dates run from 0001 to 9999, so this was left out rather than guessed`);
  }
  if (year > 9999) return fail('year', `year ${year} is after 9999, where parley/1 dates end`);
  const parts: Partial<Record<'month' | 'day' | 'hour' | 'minute' | 'second', number>> = {};
  for (const name of ['month', 'day', 'hour', 'minute', 'second'] as const) {
    const v = field(name);
    if (v === 'bad') return fail(name, `${name} ${shown(value[name])} is not a whole number`);
    if (v !== undefined) parts[name] = v;
  }
  const { month, day, hour, minute, second } = parts;
  if (day !== undefined && (day < 1 || day > 31)) return fail('day', `day ${day} does not exist; days run from 1 to 31`);
  if (hour !== undefined && (hour < 0 || hour > 23)) return fail('hour', `hour ${hour} does not exist; hours run from 0 to 23`);
  for (const [name, v] of [['minute', minute], ['second', second]] as const) {
    if (v !== undefined && (v < 0 || v > 59)) return fail(name, `${name} ${v} does not exist; ${name}s run from 0 to 59`);
  }
  let raw = pad(year, 4);
  if (month !== undefined) {
    if (month < 1 || month > 12) return fail('month', `month ${month} does not exist; months run from 1 to 12`);
    raw += `-${pad(month)}`;
    if (day !== undefined) raw += `-${pad(day)}`;
  } else if (day !== undefined) {
    notes.push({ field: 'day', message: `day ${day} without a month: not carried over, the date is the year ${raw}` });
  }
  const hasDay = month !== undefined && day !== undefined;
  if (hour !== undefined || minute !== undefined || second !== undefined) {
    const clock = `${pad(hour ?? 0)}:${pad(minute ?? 0)}${second === undefined ? '' : `:${pad(second)}`}`;
    const timeField = hour !== undefined ? 'hour' : minute !== undefined ? 'minute' : 'second';
    if (!hasDay) {
      notes.push({ field: timeField, message: `the time ${clock} has no day to go with: not carried over` });
    } else if (utcOffset !== undefined && OFFSET.test(utcOffset)) {
      raw += `T${clock}${utcOffset}`;
    } else {
      notes.push({
        field: timeField,
        message: `the time ${clock} has no UTC offset, which parley/1 times need (${raw}T${clock}+02:00, or Z for UTC); the date was kept to the day. Add the offset by hand, or convert again with --offset`,
      });
    }
  }
  if (!isBlank(value.millisecond)) notes.push({ field: 'millisecond', message: 'not carried over (parley/1 times stop at the second)' });
  if (!isBlank(value.format)) notes.push({ field: 'format', message: 'not carried over (the app formats dates by their precision)' });
  const reading = readPartialDate(raw);
  if (!reading.ok) return fail(/days, got day/.test(reading.reason) ? 'day' : 'year', `${raw}: ${reading.reason}`);
  const displayDate = typeof value.display_date === 'string' && value.display_date.trim() !== '' ? value.display_date.trim() : undefined;
  return { date: raw, notes, ...(displayDate !== undefined && { displayDate }) };
}

