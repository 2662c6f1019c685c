import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimeSpan } from '../../model/types';
import { getWindowEdges } from './window-edges';

/**
 * The view is a time window: [start, end] (ms) fills the plot's width less its edges (getWindowEdges:
 * room for the first glyph at the left and the last label at the right). Kept as time, not as a zoom
 * transform in px, so no resize can move it: a transform is relative to the width it was made for,
 * and re-expressing it through a width of 0 (a hidden iframe) lost the window. The edges are px of
 * the width at hand, added when the window is drawn, so the window itself (what the URL says) is the
 * same at every width.
 */

/**
 * The window's mapping of time to x in [0, width] (the window between the edges, the edges showing
 * the time just outside it), and back, as plain arithmetic (the scene calls it for every item).
 */
export function windowScaleOf(window: TimeSpan, width: number): { scale: (time: number) => number; invert: (x: number) => number } {
  const { start, end } = window;
  const { left, right } = getWindowEdges(width);
  const k = (width - left - right) / (end - start);
  return { scale: (time) => left + (time - start) * k, invert: (x) => start + (x - left) / k };
}

/** The same mapping as a d3 UTC scale over the whole width, for what needs one (the axis ticks). */
export function timeScaleOf(window: TimeSpan, width: number): ScaleTime<number, number> {
  const { invert } = windowScaleOf(window, width);
  return scaleUtc<number, number>().domain([new Date(invert(0)), new Date(invert(width))]).range([0, width]);
}

/** The two windows look the same at `width`: neither edge differs by a hundredth of a pixel. */
export function sameWindow(a: TimeSpan, b: TimeSpan, width: number): boolean {
  const tolerance = ((b.end - b.start) / Math.max(width, 1)) * 0.01;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

/**
 * The CSS transform that moves a layer drawn for `drawn` so it shows `shown`: x' = k·x + x0 with
 * transform-origin 0 0. Undefined when the two look the same (nothing to move).
 */
export function previewTransformOf(drawn: TimeSpan, shown: TimeSpan, width: number): string | undefined {
  if (width <= 0 || sameWindow(drawn, shown, width)) return undefined;
  const { left, right } = getWindowEdges(width);
  const shownSpan = shown.end - shown.start;
  const k = (drawn.end - drawn.start) / shownSpan;
  // The drawn layer puts drawn.start at `left`, the screen must show shown.start there.
  const x0 = left * (1 - k) + ((drawn.start - shown.start) / shownSpan) * (width - left - right);
  return `translateX(${x0}px) scaleX(${k})`;
}
