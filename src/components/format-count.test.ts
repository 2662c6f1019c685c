import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber } from './format-count';

const EVENTS = { one: 'event', other: 'events' };

describe('formatCount', () => {
  it('says "1 event" and never "1 events"', () => {
    expect(formatCount(1, EVENTS)).toBe('1 event');
    expect(formatCount(0, EVENTS)).toBe('0 events');
    expect(formatCount(2, EVENTS)).toBe('2 events');
  });

  it('groups the digits of large counts', () => {
    expect(formatCount(10_000, { one: 'statement', other: 'statements' })).toBe('10,000 statements');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('uses the plural categories of the locale it is given', () => {
    const files = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' };
    expect(formatCount(1, files, 'pl')).toBe('1 plik');
    expect(formatCount(3, files, 'pl')).toBe('3 pliki');
    expect(formatCount(5, files, 'pl')).toBe('5 plików');
    // A category the caller gave no form for falls back to `other`.
    expect(formatCount(3, { one: 'plik', other: 'pliku' }, 'pl')).toBe('3 pliku');
  });

  it('takes the singular only for exactly one, in English', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), (n) => {
        expect(formatCount(n, EVENTS).endsWith(n === 1 ? ' event' : ' events')).toBe(true);
      }),
    );
  });
});
