import { describe, expect, it } from 'vitest';
import { repairWindowDate } from './repair-window-date.ts';

describe('repairWindowDate', () => {
  it('puts back a "+" offset that a query string turned into a space', () => {
    expect(repairWindowDate('2025-03-13T18:43 03:00')).toBe('2025-03-13T18:43+03:00');
    expect(repairWindowDate('2025-03-13T18:43:05 03:00')).toBe('2025-03-13T18:43:05+03:00');
  });

  it('leaves anything else as it is', () => {
    expect(repairWindowDate('2025-03-13')).toBe('2025-03-13');
    expect(repairWindowDate('2025-03-13T18:43-05:00')).toBe('2025-03-13T18:43-05:00');
    expect(repairWindowDate('next week 03:00')).toBe('next week 03:00');
  });
});
