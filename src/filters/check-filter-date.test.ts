import { describe, expect, it } from 'vitest';
import { checkFilterDate } from './check-filter-date.ts';

describe('checkFilterDate', () => {
  it('accepts nothing as an open end', () => {
    expect(checkFilterDate('  ')).toEqual({ ok: true, value: '' });
  });

  it('accepts a year, a month or a day, trimmed, with the interval it stands for', () => {
    expect(checkFilterDate(' 2025-03 ')).toEqual({ ok: true, value: '2025-03', span: { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) } });
    expect(checkFilterDate('2025').ok).toBe(true);
    expect(checkFilterDate('2025-03-14').ok).toBe(true);
  });

  it('says why a well-shaped date does not exist', () => {
    expect(checkFilterDate('2025-13')).toEqual({ ok: false, error: '“2025-13” is not a date: month 13 does not exist; months run from 01 to 12.' });
  });

  it('shows the accepted shapes for anything else', () => {
    expect(checkFilterDate('March 2025')).toEqual({
      ok: false, error: '“March 2025” is not a date. Use a year, month or day: 2025, 2025-03 or 2025-03-14.',
    });
    expect(checkFilterDate('2025/03').ok).toBe(false);
  });
});
