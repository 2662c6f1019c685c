import { describe, expect, it } from 'vitest';
import { parseWindowDate, repairWindowDate } from './parse-window-date.ts';

describe('parseWindowDate', () => {
  it.each([
    ['2025', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['2025-03', '2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2025-03-13T18:43+03:00', '2025-03-13T15:43:00.000Z', '2025-03-13T15:44:00.000Z'],
    ['2025-03-13T18:43:05Z', '2025-03-13T18:43:05.000Z', '2025-03-13T18:43:06.000Z'],
    ['0050', '0050-01-01T00:00:00.000Z', '0051-01-01T00:00:00.000Z'],
  ])('reads %s as the interval it stands for', (raw, start, end) => {
    const span = parseWindowDate(raw);
    expect(span && new Date(span.start).toISOString()).toBe(start);
    expect(span && new Date(span.end).toISOString()).toBe(end);
  });

  it.each(['', '25', '2025-3', '2025-13', '2025-02-29', '2025-04-31', '0000', '2025-03-13T24:00Z',
    '2025-03-13T18:60Z', '2025-03-13T18:43', '2025-03-13T18:43+15:00', '2025-03-13 ', 'next week'])(
    'rejects %j, which is not a real partial date',
    (raw) => expect(parseWindowDate(raw)).toBeUndefined(),
  );

  it('puts back a "+" offset that a query string turned into a space', () => {
    expect(repairWindowDate('2025-03-13T18:43 03:00')).toBe('2025-03-13T18:43+03:00');
    expect(repairWindowDate('2025-03-13')).toBe('2025-03-13');
  });
});
