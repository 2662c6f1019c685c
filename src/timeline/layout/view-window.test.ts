import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeScale } from './create-time-scale';
import { transformForWindow } from './transform-for-window';
import { windowOfTransform } from './window-of-transform';
import { zoomScaleExtent } from './zoom-scale-extent';
import { windowScaleOf, previewTransformOf, sameWindow, timeScaleOf } from './view-window';
import { getWindowEdges } from './window-edges';

const DAY = 86_400_000;
const extent = { start: Date.UTC(2024, 7, 6), end: Date.UTC(2025, 2, 23) };

/** A window inside the padded extent, at least a day long: what a gesture or the URL can ask for. */
const windowInside = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b]) => {
    const span = extent.end - extent.start;
    const start = extent.start + Math.min(a, b) * span;
    return { start: Math.floor(start), end: Math.floor(Math.max(start + DAY, extent.start + Math.max(a, b) * span)) };
  });

/** The window the view shows at `width`, once it has been turned into d3-zoom's transform for that width and back. */
function throughWidth(window: { start: number; end: number }, width: number) {
  const base = createTimeScale(extent, Math.max(width, 1));
  return windowOfTransform(base, transformForWindow(base, window.start, window.end, zoomScaleExtent(base)));
}

describe('the view window across resizes', () => {
  it('is the same window at any width, including 0 (hidden), and after any sequence of resizes', () => {
    fc.assert(
      fc.property(windowInside, fc.array(fc.constantFrom(0, 1, 96, 390, 712, 1112, 2560), { minLength: 1, maxLength: 6 }), (window, widths) => {
        // What useTimelineViewport does: the window is the state, and each width derives its own
        // transform. (Before, the transform was the state, re-expressed for each new width; through
        // the 1 px base of a hidden plot it came back as the first weeks of the model.)
        for (const width of widths) {
          const shown = throughWidth(window, width);
          // Within a millisecond (d3's scale inverts to Dates).
          expect(Math.abs(shown.start - window.start)).toBeLessThanOrEqual(1);
          expect(Math.abs(shown.end - window.end)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('windowScaleOf', () => {
  it('puts the window between the edges: its start at the left edge, its end where the right edge begins', () => {
    fc.assert(
      fc.property(windowInside, fc.integer({ min: 1, max: 3000 }), (window, width) => {
        const { left, right } = getWindowEdges(width);
        const { scale } = windowScaleOf(window, width);
        expect(scale(window.start)).toBeCloseTo(left, 6);
        expect(scale(window.end)).toBeCloseTo(width - right, 6);
        // The axis runs over the whole width, edges included.
        const [d0, d1] = timeScaleOf(window, width).domain().map((d) => d.getTime());
        expect(d0!).toBeLessThan(window.start);
        expect(d1!).toBeGreaterThan(window.end);
      }),
    );
  });

  it('maps the window like a d3 UTC scale over the whole width, and inverts', () => {
    fc.assert(
      fc.property(windowInside, fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), (window, width, share) => {
        const { scale, invert } = windowScaleOf(window, width);
        const d3 = timeScaleOf(window, width);
        const time = window.start + share * (window.end - window.start);
        // d3 goes through a Date, which rounds the time to a millisecond.
        expect(scale(time)).toBeCloseTo(d3(new Date(time)), 3);
        expect(invert(scale(time))).toBeCloseTo(time, -1);
      }),
    );
  });
});

describe('previewTransformOf', () => {
  it('is nothing when the drawn window is the one shown', () => {
    const w = { start: extent.start, end: extent.end };
    expect(previewTransformOf(w, w, 1000)).toBeUndefined();
    expect(previewTransformOf(w, { start: w.start + 1, end: w.end - 1 }, 1000)).toBeUndefined();
  });

  it('puts every time of the drawn layer where the shown window has it', () => {
    fc.assert(
      fc.property(windowInside, windowInside, fc.integer({ min: 100, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (drawn, shown, width, share) => {
        fc.pre(!sameWindow(drawn, shown, width));
        const css = previewTransformOf(drawn, shown, width)!;
        const [, x0, k] = /^translateX\((.+)px\) scaleX\((.+)\)$/.exec(css)!.map(Number);
        const time = drawn.start + share * (drawn.end - drawn.start);
        const onLayer = windowScaleOf(drawn, width).scale(time);
        expect(k! * onLayer + x0!).toBeCloseTo(windowScaleOf(shown, width).scale(time), 3);
      }),
    );
  });
});

describe('sameWindow', () => {
  it('tells windows apart by a hundredth of a pixel at the width', () => {
    const w = { start: 0, end: 1000 * DAY };
    expect(sameWindow(w, { start: 0.005 * DAY, end: w.end }, 1000)).toBe(true);
    expect(sameWindow(w, { start: 0.02 * DAY, end: w.end }, 1000)).toBe(false);
  });
});
