import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { selectAxisTicks, type AxisTicks } from './select-axis-ticks';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const CHAR = 7;
const GAP = 6;

function axisFor(start: number, span: number, width = 1000): AxisTicks {
  const scale = scaleUtc([new Date(start), new Date(start + span)], [0, width]);
  return selectAxisTicks(scale, width, { charWidth: CHAR, gap: GAP });
}

function expectNoOverlap(boxes: readonly { x: number; label: string }[]): void {
  const shown = boxes.filter((b) => b.label !== '');
  for (let i = 1; i < shown.length; i++) {
    const prev = shown[i - 1]!;
    expect(shown[i]!.x, `${prev.label} / ${shown[i]!.label}`).toBeGreaterThanOrEqual(prev.x + prev.label.length * CHAR + GAP);
  }
}

const start = Date.UTC(2025, 2, 13, 9, 20);

/** A UTC time in any year: Date.UTC reads years 0–99 as 1900–1999. */
function utc(year: number, month = 0, day = 1, hour = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour);
  return date.getTime();
}

/** How the axis writes a year: as a plain number from 1 on, "N BCE" before. */
const yearLabel = (year: number) => (year >= 1 ? String(year) : `${1 - year} BCE`);

describe('selectAxisTicks', () => {
  it.each([
    [5 * YEAR, 'year'],
    [90 * DAY, 'week'],
    [400 * DAY, 'month'],
    [7 * DAY, 'day'],
    [6 * HOUR, 'hour'],
    [1 * HOUR, 'minute'],
    [60 * YEAR, 'year'],
    [150 * YEAR, 'decade'],
    [2000 * YEAR, 'century'],
  ])('chooses the finest granularity whose labels fit for a span of %f ms → %s', (span, granularity) => {
    expect(axisFor(start, span).granularity).toBe(granularity);
  });

  it('labels hours on a six-hour window with a context tier naming the day', () => {
    const axis = axisFor(Date.UTC(2025, 2, 13, 15), 6 * HOUR);
    expect(axis.ticks.map((t) => t.label)).toEqual(['15:00', '16:00', '17:00', '18:00', '19:00', '20:00', '21:00']);
    expect(axis.context).toEqual([{ time: Date.UTC(2025, 2, 13), x: 0, label: 'Thu 13 March 2025' }]);
  });

  it('labels months with short names and names the year above them, marking January as major', () => {
    const axis = axisFor(Date.UTC(2024, 9, 15), 300 * DAY);
    expect(axis.granularity).toBe('month');
    expect(axis.ticks.slice(0, 4).map((t) => t.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb']);
    expect(axis.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['Jan']);
    expect(axis.context.map((c) => c.label)).toEqual(['2024', '2025']);
    expect(axis.context[0]!.x).toBe(0);
  });

  it('names the month above day numbers', () => {
    const axis = axisFor(Date.UTC(2025, 2, 10), 7 * DAY);
    expect(axis.ticks.map((t) => t.label)).toEqual(['10', '11', '12', '13', '14', '15', '16', '17']);
    expect(axis.context.map((c) => c.label)).toEqual(['March 2025']);
  });

  it('pins the context label of a unit already under way at x = 0 and places later ones at their start', () => {
    const axis = axisFor(Date.UTC(2025, 1, 20), 20 * DAY);
    expect(axis.context[0]).toMatchObject({ label: 'February 2025', x: 0 });
    const march = axis.context[1]!;
    expect(march.label).toBe('March 2025');
    expect(march.x).toBeCloseTo((9 / 20) * 1000, 6);
  });

  it('drops the pinned context label when the next unit starts too close to the left edge', () => {
    const axis = axisFor(Date.UTC(2025, 1, 28, 20), 10 * DAY);
    expect(axis.context.map((c) => c.label)).toEqual(['March 2025']);
    expect(axis.context.every((c) => c.x >= 0)).toBe(true);
  });

  it('uses calendar-aligned UTC boundaries whatever the local time zone', () => {
    const days = axisFor(Date.UTC(2025, 2, 13, 1), 6 * DAY);
    expect(days.granularity).toBe('day');
    for (const tick of days.ticks) expect(tick.time % DAY).toBe(0);
    const hours = axisFor(Date.UTC(2025, 2, 13, 1, 17), 30 * HOUR);
    expect(hours.ticks.map((t) => t.label).slice(0, 3)).toEqual(['03:00', '06:00', '09:00']);
  });

  it('never overlaps labels over a sweep of spans from one hour to 200 years and several widths', () => {
    for (const width of [320, 700, 1400]) {
      for (let span = HOUR; span <= 200 * YEAR; span *= 1.13) {
        for (const offset of [0, 0.37, 0.81]) {
          const axis = axisFor(Date.UTC(1950, 0, 1) + offset * span, span, width);
          expect(axis.ticks.length).toBeGreaterThan(0);
          // Every step has room for its label, so the safety net should never blank one.
          expect(axis.ticks.every((t) => t.label !== '')).toBe(true);
          expectNoOverlap(axis.ticks);
          expectNoOverlap(axis.context);
          expect(axis.context.length).toBeGreaterThan(0);
          expect(axis.context.every((c) => c.x >= 0 && c.x <= width)).toBe(true);
        }
      }
    }
  });

  it('falls back to day ticks when a narrow window falls between two Mondays', () => {
    const axis = axisFor(Date.UTC(2025, 2, 11), 5 * DAY, 320);
    expect(axis.granularity).toBe('day');
    expect(axis.ticks.length).toBeGreaterThanOrEqual(4);
  });

  it('labels months, not quarters, on a phone-wide overview of eight months', () => {
    const axis = axisFor(Date.UTC(2024, 7, 1), 240 * DAY, 240);
    expect(axis.granularity).toBe('month');
    expect(axis.ticks.filter((t) => t.label !== '').map((t) => t.label)).toEqual(['Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expectNoOverlap(axis.ticks);
  });

  it('keeps at least 70 px between fine ticks on a wide plot, and never less than 24 px', () => {
    for (const width of [240, 500, 1000]) {
      for (let span = HOUR; span <= 200 * YEAR; span *= 1.5) {
        const { ticks } = axisFor(Date.UTC(1990, 5, 1), span, width);
        const least = Math.min(70, Math.max(24, width / 12));
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(least - 1e-6);
      }
    }
  });

  it('keeps at least 70 px between fine ticks', () => {
    for (let span = HOUR; span <= 200 * YEAR; span *= 1.5) {
      const { ticks } = axisFor(Date.UTC(1990, 5, 1), span);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(70 - 1e-6);
    }
  });

  it('writes years below 1000 as plain numbers, in ticks and in context labels', () => {
    expect(axisFor(utc(800, 2, 10), 7 * DAY).context.map((c) => c.label)).toEqual(['March 800']);
    expect(axisFor(utc(50, 2, 13, 15), 6 * HOUR).context[0]!.label).toMatch(/^\w{3} 13 March 50$/);
    expect(axisFor(utc(62, 0, 1), 5 * YEAR).ticks.map((t) => t.label)).toEqual(['62', '63', '64', '65', '66', '67']);
    expect(axisFor(utc(1962, 9, 1), 60 * DAY).context.map((c) => c.label)).toEqual(['October 1962', 'November 1962']);
  });

  it('names the years before 1 (the padding before a model in year 1) as BCE, and years past 9999 as they are', () => {
    expect(axisFor(utc(0, 10, 1), 300 * DAY).context.map((c) => c.label)).toEqual(['1 BCE', '1']);
    expect(axisFor(utc(9998, 0, 1), 5 * YEAR).ticks.map((t) => t.label)).toContain('10000');
  });

  it('labels each tick and context unit with its own calendar year, in every era', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: Math.log(HOUR), max: Math.log(300 * YEAR), noNaN: true }), fc.constantFrom(320, 1000), (year, offset, logSpan, width) => {
        const span = Math.exp(logSpan);
        const axis = axisFor(utc(year) + offset * YEAR, span, width);
        expect(axis.ticks.length).toBeGreaterThan(0);
        expectNoOverlap(axis.ticks);
        expectNoOverlap(axis.context);
        for (const tick of axis.ticks) {
          const tickYear = new Date(tick.time).getUTCFullYear();
          if (axis.granularity === 'year' || axis.granularity === 'decade' || axis.granularity === 'century') expect(tick.label).toBe(yearLabel(tickYear));
        }
        for (const context of axis.context) {
          const contextYear = new Date(context.time).getUTCFullYear();
          if (axis.granularity === 'month' || axis.granularity === 'quarter') expect(context.label).toBe(yearLabel(contextYear));
          if (axis.granularity === 'day' || axis.granularity === 'week') expect(context.label.endsWith(` ${yearLabel(contextYear)}`)).toBe(true);
          expect(context.label).not.toMatch(/\b0\d{3}\b/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
