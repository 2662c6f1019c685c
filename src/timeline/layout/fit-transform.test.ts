import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { createTimeScale } from './create-time-scale';
import { fitTransform } from './fit-transform';
import { transformForWindow } from './transform-for-window';
import { windowOfTransform } from './window-of-transform';
import { getWindowEdges } from './window-edges';
import { rescaleTime } from './view-transform';
import { ZOOM_LIMITS, zoomScaleExtent } from './zoom-scale-extent';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const extent = { start: Date.UTC(2014, 1, 1), end: Date.UTC(2025, 2, 13) };
const base = createTimeScale(extent, 1000);
const [domainStart, domainEnd] = base.domain().map((d) => d.getTime()) as [number, number];

describe('zoomScaleExtent', () => {
  it('ranges from the whole model to one hour across the width', () => {
    const [kMin, kMax] = zoomScaleExtent(base);
    expect(kMin).toBe(1);
    expect(kMax).toBeCloseTo((domainEnd - domainStart) / HOUR, 6);
    const deepest = rescaleTime(base, zoomIdentity.scale(kMax)).domain().map((d) => d.getTime());
    expect(deepest[1]! - deepest[0]!).toBeCloseTo(ZOOM_LIMITS.minVisibleSpan, -1);
  });
});

describe('windowOfTransform', () => {
  it('is the model extent at the identity transform: the base domain less its edges', () => {
    const window = windowOfTransform(base, zoomIdentity);
    expect(window.start).toBeCloseTo(extent.start, -2);
    expect(window.end).toBeCloseTo(extent.end, -2);
  });
});

describe('transformForWindow', () => {
  it('round-trips any window inside the zoom limits through windowOfTransform', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: extent.start, max: extent.end - HOUR }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (from, share) => {
          const to = from + HOUR + Math.floor(share * (extent.end - from - HOUR));
          const window = windowOfTransform(base, transformForWindow(base, from, to));
          expect(Math.abs(window.start - from)).toBeLessThanOrEqual(1);
          expect(Math.abs(window.end - to)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('round-trips a transform through its window', () => {
    const transform = zoomIdentity.translate(-1234.5, 0).scale(7.25);
    const { start, end } = windowOfTransform(base, transform);
    const back = transformForWindow(base, start, end);
    expect(back.k).toBeCloseTo(transform.k, 6);
    expect(back.x).toBeCloseTo(transform.x, 3);
  });

  it('clamps a window narrower than an hour, keeping its centre', () => {
    const centre = Date.UTC(2020, 5, 1, 12);
    const window = windowOfTransform(base, transformForWindow(base, centre - 60_000, centre + 60_000));
    // The hour fills the whole width; the window is that less its edges.
    const { left, right } = getWindowEdges(1000);
    expect(window.end - window.start).toBeCloseTo((HOUR * (1000 - left - right)) / 1000, -1);
    expect((window.start + window.end) / 2).toBeCloseTo(centre, -1);
  });

  it('clamps a window reaching past the model to the base range', () => {
    const t = transformForWindow(base, domainEnd - 10 * DAY, domainEnd + 10 * DAY);
    const shown = rescaleTime(base, t).domain().map((d) => d.getTime());
    expect(shown[1]).toBeCloseTo(domainEnd, -1);
    const window = windowOfTransform(base, t);
    expect(window.end - window.start).toBeCloseTo(20 * DAY, -1);
    const all = transformForWindow(base, domainStart - 1000 * DAY, domainEnd + 1000 * DAY);
    expect([all.k, all.x]).toEqual([1, 0]);
  });
});

describe('fitTransform', () => {
  it('shows a span between the window edges, with the padding on each side', () => {
    const span = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2019, 6, 1) };
    const { left, right } = getWindowEdges(1000);
    const visible = rescaleTime(base, fitTransform(base, span, { padding: 50 }));
    expect(visible(new Date(span.start))).toBeCloseTo(left + 50, 6);
    expect(visible(new Date(span.end))).toBeCloseTo(1000 - right - 50, 6);
    const tight = rescaleTime(base, fitTransform(base, span));
    expect(tight(new Date(span.start))).toBeCloseTo(left, 6);
    expect(tight(new Date(span.end))).toBeCloseTo(1000 - right, 6);
  });

  it('shows everything at k = 1 when asked for the model extent', () => {
    const t = fitTransform(base, extent);
    expect(t.k).toBe(1);
    expect(t.x).toBe(0);
  });

  it('centres an instant in a window of at least an hour', () => {
    const instant = Date.UTC(2025, 2, 13, 18, 43);
    const t = fitTransform(base, { start: instant, end: instant + 60_000 });
    const window = windowOfTransform(base, t);
    expect(window.end - window.start).toBeGreaterThanOrEqual(HOUR - 1);
    const { left, right } = getWindowEdges(1000);
    expect(rescaleTime(base, t)(new Date(instant + 30_000))).toBeCloseTo((left + 1000 - right) / 2, 3);
  });
});
