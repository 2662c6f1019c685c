import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from './format-partial-date.ts';
import { parsePartialDate } from './partial-date.ts';

describe('formatPartialDate', () => {
  it.each([
    ['2024', '2024', '2024'],
    ['2024-08', 'August 2024', 'Aug 2024'],
    ['2025-03-13', '13 March 2025', '13 Mar 2025'],
    ['2025-03-03', '3 March 2025', '3 Mar 2025'],
    ['2025-03-13T18:43+03:00', '13 March 2025, 18:43 (UTC+03:00)', '13 Mar 2025, 18:43 UTC+3'],
    ['2025-03-13T18:43Z', '13 March 2025, 18:43 (UTC)', '13 Mar 2025, 18:43 UTC'],
    ['2025-03-13T08:05:09-05:30', '13 March 2025, 08:05:09 (UTC-05:30)', '13 Mar 2025, 08:05:09 UTC-5:30'],
    ['0044-03-15', '15 March 44', '15 Mar 44'],
  ])('shows %s as %j, or %j in short', (raw, long, short) => {
    expect(formatPartialDate(raw)).toBe(long);
    expect(formatPartialDate(raw, 'short')).toBe(short);
  });

  it('shows a time as written, not in the reader\'s time zone', () => {
    const date = parsePartialDate('2025-03-13T23:30-08:00');
    expect(date && formatPartialDate(date)).toBe('13 March 2025, 23:30 (UTC-08:00)');
  });

  it('returns malformed text unchanged', () => {
    expect(formatPartialDate('soon')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2024-08-06', undefined, '6 August 2024'],
    ['2024-08-06', '2024-08-06', '6 August 2024'],
    ['2024-08-06', '2024-08-08', '6–8 August 2024'],
    ['2024-08-06', '2024-09-03', '6 August – 3 September 2024'],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-03', '2025-05', 'March–May 2025'],
    ['2024-11', '2025-02', 'November 2024 – February 2025'],
    ['2021', '2023', '2021–2023'],
    ['2024-08-06', '2025-03', '6 August 2024 – March 2025'],
    ['2025-03-13T18:43+03:00', '2025-03-13T19:10+03:00', '13 March 2025, 18:43–19:10 (UTC+03:00)'],
    ['2025-03-13T18:43+03:00', '2025-03-13T19:10Z', '13 March 2025, 18:43 (UTC+03:00) – 13 March 2025, 19:10 (UTC)'],
  ])('shows %s to %s as %j', (start, end, text) => {
    expect(formatDateRange(start, end)).toBe(text);
  });

  it('shortens month names in the short style', () => {
    expect(formatDateRange('2024-08-06', '2024-09-03', 'short')).toBe('6 Aug – 3 Sep 2024');
    expect(formatDateRange('2024-08-06', '2025-03', 'short')).toBe('6 Aug 2024 – Mar 2025');
  });

  it('accepts parsed dates as well as raw text', () => {
    const start = parsePartialDate('2024-08-06');
    const end = parsePartialDate('2024-08-08');
    expect(start && end && formatDateRange(start, end)).toBe('6–8 August 2024');
  });
});
