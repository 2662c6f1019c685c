import { describe, expect, it } from 'vitest';
import { createTimeScale } from './create-time-scale';

const DAY = 86_400_000;

describe('createTimeScale', () => {
  it('pads the extent by 4% on each side and maps it onto [0, width]', () => {
    const start = Date.UTC(2020, 0, 1);
    const end = start + 100 * DAY;
    const scale = createTimeScale({ start, end }, 1000);
    const [d0, d1] = scale.domain();
    expect(d0!.getTime()).toBe(start - 4 * DAY);
    expect(d1!.getTime()).toBe(end + 4 * DAY);
    expect(scale.range()).toEqual([0, 1000]);
    expect(scale(new Date(start))).toBeCloseTo((4 / 108) * 1000, 9);
  });

  it('widens a single-instant model to one day centred on the instant', () => {
    const t = Date.UTC(2025, 2, 13, 18, 43);
    const scale = createTimeScale({ start: t, end: t }, 600);
    const [d0, d1] = scale.domain();
    expect(d1!.getTime() - d0!.getTime()).toBe(DAY * 1.08);
    expect(scale(new Date(t))).toBeCloseTo(300, 9);
  });

  it('keeps fractional pixel positions (no rangeRound)', () => {
    const scale = createTimeScale({ start: 0, end: 3 * DAY }, 7);
    expect(Number.isInteger(scale(new Date(DAY)))).toBe(false);
  });
});
