import { describe, expect, it } from 'vitest';
import { createTimeScale } from './create-time-scale';
import { getWindowEdges } from './window-edges';

const DAY = 86_400_000;

describe('createTimeScale', () => {
  it('maps the extent onto [left, width − right], the window edges, of [0, width]', () => {
    const start = Date.UTC(2020, 0, 1);
    const end = start + 100 * DAY;
    const scale = createTimeScale({ start, end }, 1000);
    const { left, right } = getWindowEdges(1000);
    expect(scale.range()).toEqual([0, 1000]);
    expect(scale(new Date(start))).toBeCloseTo(left, 6);
    expect(scale(new Date(end))).toBeCloseTo(1000 - right, 6);
  });

  it('leaves more room at the right, where the last label runs on, than at the left', () => {
    for (const width of [300, 650, 1200]) {
      const { left, right } = getWindowEdges(width);
      expect(right).toBeGreaterThan(left);
      expect(left + right).toBeLessThan(width / 4);
    }
  });

  it('widens a single-instant model to one day centred on the instant', () => {
    const t = Date.UTC(2025, 2, 13, 18, 43);
    const scale = createTimeScale({ start: t, end: t }, 600);
    const { left, right } = getWindowEdges(600);
    expect(scale.invert(600 - right).getTime() - scale.invert(left).getTime()).toBeCloseTo(DAY, -1);
    expect(scale(new Date(t))).toBeCloseTo((left + 600 - right) / 2, 4);
  });

  it('keeps fractional pixel positions (no rangeRound)', () => {
    const scale = createTimeScale({ start: 0, end: 3 * DAY }, 7);
    expect(Number.isInteger(scale(new Date(DAY)))).toBe(false);
  });
});
