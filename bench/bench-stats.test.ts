import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from './bench-stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores missing values and is undefined without any', () => {
    expect(median([null, 5, undefined, 7, Number.NaN])).toBe(6);
    expect(median([])).toBeUndefined();
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([10, 20, 30], 50)).toBe(20);
  });

  it('returns the only value for one sample and undefined for none', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeUndefined();
  });
});

describe('frameStats', () => {
  it('summarizes the gaps between frame timestamps', () => {
    const stats = frameStats([[0, 16, 32, 48, 112, 128]]);
    expect(stats).toEqual({ frames: 6, medianMs: 16, p95Ms: 64, maxMs: 64, longFrames: 1, droppedFrames: 1 });
  });

  it('reports zeros when fewer than two frames were recorded', () => {
    expect(frameStats([[5]])).toMatchObject({ frames: 1, medianMs: 0, p95Ms: 0, maxMs: 0, longFrames: 0 });
  });

  it('counts gaps within each stretch, never the pause between two stretches', () => {
    const stats = frameStats([[0, 16, 32], [1000, 1016, 1048]]);
    expect(stats).toEqual({ frames: 6, medianMs: 16, p95Ms: 32, maxMs: 32, longFrames: 0, droppedFrames: 1 });
  });
});
