import { describe, expect, it } from 'vitest';
import { getDaysInMonth, isPartialDate, parsePartialDate, readPartialDate } from './partial-date.ts';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parsePartialDate', () => {
  it('reads a year as the whole year in UTC', () => {
    const date = parsePartialDate('2024');
    expect(date?.precision).toBe('year');
    expect(iso(date?.start)).toBe('2024-01-01T00:00:00.000Z');
    expect(iso(date?.end)).toBe('2025-01-01T00:00:00.000Z');
  });

  it('reads a month as the interval up to the first of the next month', () => {
    const date = parsePartialDate('2024-08');
    expect(date).toMatchObject({ raw: '2024-08', precision: 'month' });
    expect(iso(date?.start)).toBe('2024-08-01T00:00:00.000Z');
    expect(iso(date?.end)).toBe('2024-09-01T00:00:00.000Z');
  });

  it('rolls December over into the next year', () => {
    expect(iso(parsePartialDate('2024-12')?.end)).toBe('2025-01-01T00:00:00.000Z');
  });

  it('reads a day as one UTC day', () => {
    const date = parsePartialDate('2025-03-13');
    expect(date?.precision).toBe('day');
    expect(iso(date?.start)).toBe('2025-03-13T00:00:00.000Z');
    expect(iso(date?.end)).toBe('2025-03-14T00:00:00.000Z');
  });

  it('converts a time with an offset to UTC and keeps the offset', () => {
    const date = parsePartialDate('2025-03-13T18:43+03:00');
    expect(date).toMatchObject({ precision: 'minute', offsetMinutes: 180 });
    expect(iso(date?.start)).toBe('2025-03-13T15:43:00.000Z');
    expect(iso(date?.end)).toBe('2025-03-13T15:44:00.000Z');
  });

  it('reads seconds and negative and half-hour offsets', () => {
    const date = parsePartialDate('2025-03-13T18:43:05-05:30');
    expect(date).toMatchObject({ precision: 'second', offsetMinutes: -330 });
    expect(iso(date?.start)).toBe('2025-03-14T00:13:05.000Z');
    expect(date && date.end - date.start).toBe(1000);
  });

  it('reads Z as offset zero', () => {
    expect(parsePartialDate('2025-03-13T00:00Z')).toMatchObject({ offsetMinutes: 0, start: Date.UTC(2025, 2, 13) });
  });

  it('keeps years below 100 as themselves instead of 19xx', () => {
    expect(iso(parsePartialDate('0044-03-15')?.start)).toBe('0044-03-15T00:00:00.000Z');
    expect(iso(parsePartialDate('0001')?.start)).toBe('0001-01-01T00:00:00.000Z');
    expect(iso(parsePartialDate('0099-12')?.end)).toBe('0100-01-01T00:00:00.000Z');
  });

  it('reads the last year 9999 up to year 10000', () => {
    expect(parsePartialDate('9999')?.end).toBe(Date.UTC(10000, 0, 1));
  });

  it('accepts 29 February in leap years only', () => {
    expect(parsePartialDate('2024-02-29')).toBeDefined();
    expect(parsePartialDate('2000-02-29')).toBeDefined();
    expect(parsePartialDate('1900-02-29')).toBeUndefined();
    expect(parsePartialDate('2025-02-29')).toBeUndefined();
  });

  it.each(['13/03/2025', '2025-3-1', '2025-03-13T18:43', '2025-03-13 18:43Z', '25', '2025-03-13T18Z', ' 2025'])(
    'rejects the malformed %j',
    (raw) => expect(parsePartialDate(raw)).toBeUndefined(),
  );
});

describe('readPartialDate', () => {
  it.each([
    ['2025-02-30', 'February 2025 has 28 days, got day 30'],
    ['2025-04-31', 'April 2025 has 30 days, got day 31'],
    ['2025-13', 'month 13 does not exist'],
    ['2025-00-10', 'month 00 does not exist'],
    ['2025-01-00', 'January 2025 has 31 days, got day 00'],
    ['0000', 'year 0000 does not exist'],
    ['2025-03-13T25:00Z', 'hour 25 does not exist'],
    ['2025-03-13T12:60Z', 'minute 60 does not exist'],
    ['2025-03-13T12:00:60Z', 'second 60 does not exist'],
    ['2025-03-13T12:00+15:00', 'UTC offset +15:00 does not exist'],
    ['2025-03-13T12:00+03:75', 'UTC offset +03:75 does not exist'],
  ])('explains why %s is impossible', (raw, reason) => {
    const reading = readPartialDate(raw);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toContain(reason);
  });
});

describe('isPartialDate', () => {
  it('is true only for strings that are real partial dates', () => {
    expect(isPartialDate('2025-03')).toBe(true);
    expect(isPartialDate('2025-02-30')).toBe(false);
    expect(isPartialDate(2025)).toBe(false);
  });
});

describe('getDaysInMonth', () => {
  it('follows the Gregorian leap year rule', () => {
    expect([getDaysInMonth(2024, 2), getDaysInMonth(2100, 2), getDaysInMonth(2000, 2), getDaysInMonth(2025, 9)]).toEqual([29, 28, 29, 30]);
  });
});

// Dates typed into a link or the date filter are read by the same parser (once parseWindowDate in
// view-state/): these are the forms people write there.
describe('parsePartialDate on dates from links and filters', () => {
  it.each([
    ['2025', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['2025-03', '2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2025-03-13T18:43+03:00', '2025-03-13T15:43:00.000Z', '2025-03-13T15:44:00.000Z'],
    ['2025-03-13T18:43:05Z', '2025-03-13T18:43:05.000Z', '2025-03-13T18:43:06.000Z'],
    ['0050', '0050-01-01T00:00:00.000Z', '0051-01-01T00:00:00.000Z'],
  ])('reads %s as the interval it stands for', (raw, start, end) => {
    const date = parsePartialDate(raw);
    expect(date && new Date(date.start).toISOString()).toBe(start);
    expect(date && new Date(date.end).toISOString()).toBe(end);
  });

  it.each(['', '25', '2025-3', '2025-13', '2025-02-29', '2025-04-31', '0000', '2025-03-13T24:00Z',
    '2025-03-13T18:60Z', '2025-03-13T18:43', '2025-03-13T18:43+15:00', '2025-03-13 ', 'next week'])(
    'rejects %j, which is not a real partial date',
    (raw) => expect(parsePartialDate(raw)).toBeUndefined(),
  );
});
