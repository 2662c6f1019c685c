import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/partial-date';
import { formatWindowBounds } from './format-window-bounds';

const DAY = 86_400_000;

function utc(year: number, month = 0, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

describe('formatWindowBounds', () => {
  it('names whole days, the last one shown included, in any era', () => {
    expect(formatWindowBounds(Date.UTC(2025, 2, 10), Date.UTC(2025, 2, 21))).toEqual({ from: '2025-03-10', to: '2025-03-20' });
    expect(formatWindowBounds(utc(1962, 9, 16), utc(1962, 9, 28))).toEqual({ from: '1962-10-16', to: '1962-10-27' });
    expect(formatWindowBounds(utc(800, 2, 1), utc(800, 2, 11))).toEqual({ from: '0800-03-01', to: '0800-03-10' });
  });

  it('names minutes in UTC when less than three days are shown', () => {
    expect(formatWindowBounds(utc(1962, 9, 22) + 23 * 3_600_000, utc(1962, 9, 23) + 2 * 3_600_000)).toEqual({ from: '1962-10-22T23:00Z', to: '1962-10-23T02:00Z' });
  });

  it('keeps to the years a date can name when the margin around a model reaches beyond them', () => {
    expect(formatWindowBounds(utc(0, 11, 20), utc(1, 2, 1))).toEqual({ from: '0001-01-01', to: '0001-02-28' });
    expect(formatWindowBounds(utc(9999, 11, 1), utc(10000, 1, 1)).to).toBe('9999-12-31');
  });

  it('always gives dates that read back, from not after to', () => {
    const low = utc(0, 6, 1);
    const high = utc(10000, 6, 1);
    fc.assert(
      fc.property(fc.double({ min: low, max: high, noNaN: true }), fc.double({ min: 60_000, max: 400 * 365 * DAY, noNaN: true }), (t0, length) => {
        const { from, to } = formatWindowBounds(t0, Math.min(t0 + length, high));
        const a = parsePartialDate(from);
        const b = parsePartialDate(to);
        expect(a, from).toBeDefined();
        expect(b, to).toBeDefined();
        expect(a!.start).toBeLessThanOrEqual(b!.start);
      }),
    );
  });
});
