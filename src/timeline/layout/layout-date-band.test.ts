import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { centreOf, dateBandBetween, isWideEnoughForBand, layoutDateBand } from './layout-date-band';

const march2025 = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };

describe('layoutDateBand', () => {
  it('draws a month-precision date as a band over exactly that month', () => {
    const scale = scaleUtc([new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2026, 0, 1))], [0, 365]);
    const band = layoutDateBand(march2025, 'month', (t) => scale(t), 4);
    expect(band.isBand).toBe(true);
    expect(band.x0).toBeCloseTo(31 + 28, 9);
    expect(band.x1).toBeCloseTo(31 + 28 + 31, 9);
    expect(band.cx).toBeCloseTo((59 + 90) / 2, 9);
  });

  it('draws a band narrower than minWidth as a point at the centre of the month, not on the 1st', () => {
    const scale = scaleUtc([new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 0, 1))], [0, 800]);
    const band = layoutDateBand(march2025, 'month', scale, 4);
    expect(band.isBand).toBe(false);
    const mid = scale((march2025.start + march2025.end) / 2);
    expect(band.cx).toBeCloseTo(mid, 9);
    expect(band.cx).toBeGreaterThan(scale(march2025.start));
  });

  it('keeps a minute-precision instant a point however far the view is zoomed in', () => {
    const t = Date.UTC(2025, 2, 13, 18, 43);
    const scale = scaleUtc([new Date(t - 1_800_000), new Date(t + 1_800_000)], [0, 1000]);
    const band = layoutDateBand({ start: t, end: t + 60_000 }, 'minute', scale);
    expect(band.isBand).toBe(false);
    expect(band.cx).toBeCloseTo(500 + 1000 / 120, 9);
  });

  it('draws a range from the start of its start to the end of its end as a bar', () => {
    // 2025-03-13T18:00 to 2025-03-13T20:30, both minute precision.
    const span = { start: Date.UTC(2025, 2, 13, 18), end: Date.UTC(2025, 2, 13, 20, 31) };
    const scale = scaleUtc([new Date(Date.UTC(2025, 2, 13)), new Date(Date.UTC(2025, 2, 14))], [0, 2400]);
    const band = layoutDateBand(span, 'minute', scale);
    expect(band.isBand).toBe(true);
    expect(band.x0).toBeCloseTo(1800, 9);
    expect(band.x1).toBeCloseTo(2050 + 100 / 60, 9);
  });

  it('places a date from its scaled ends as layoutDateBand does, a narrow one at centreOf whatever its precision', () => {
    const scale = scaleUtc([new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2026, 0, 1))], [0, 365]);
    for (const [span, precision] of [[march2025, 'month'], [{ start: march2025.start, end: march2025.start + 60_000 }, 'minute']] as const) {
      for (const minWidth of [4, 40]) {
        const x0 = scale(span.start);
        const x1 = scale(span.end);
        const band = dateBandBetween(span, precision, x0, x1, minWidth);
        expect(band).toEqual(layoutDateBand(span, precision, scale, minWidth));
        expect(band.cx).toBe(centreOf(x0, x1));
        if (!isWideEnoughForBand(x0, x1, minWidth)) expect(band.isBand).toBe(false);
      }
    }
  });
});
