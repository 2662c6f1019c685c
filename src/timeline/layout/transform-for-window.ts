import type { ScaleTime } from 'd3-scale';
import { zoomScaleExtent } from './zoom-scale-extent';
import { createViewTransform, type ViewTransform } from './view-transform';
import { getWindowEdges } from './window-edges';

/**
 * The zoom transform whose rescaled base shows exactly [from, to] (ms) between the edges of
 * getWindowEdges (room for the first glyph and the last label), clamped to `scaleExtent` and to the
 * base range, as d3-zoom's own constrain would be.
 */
export function transformForWindow(
  base: ScaleTime<number, number>,
  from: number,
  to: number,
  scaleExtent: readonly [number, number] = zoomScaleExtent(base),
): ViewTransform {
  const [r0, r1] = base.range() as [number, number];
  const { left, right } = getWindowEdges(r1 - r0);
  const b0 = base(from);
  const b1 = base(to);
  const [kMin, kMax] = scaleExtent;
  const k = Math.min(kMax, Math.max(kMin, b1 > b0 ? (r1 - r0 - left - right) / (b1 - b0) : kMax));
  // Centre on the window, so a clamped zoom still shows the middle of what was asked for.
  let x = (r0 + left + r1 - right) / 2 - k * ((b0 + b1) / 2);
  // Keep the view inside the base range: no panning off into time with no data.
  x = Math.min(r0 * (1 - k), Math.max(r1 * (1 - k), x));
  return createViewTransform(k, x);
}
