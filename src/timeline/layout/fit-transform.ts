import type { ScaleTime } from 'd3-scale';
import type { TimeSpan } from '../../model/types';
import { transformForWindow } from './transform-for-window';
import { getWindowEdges } from './window-edges';
import type { ViewTransform } from './view-transform';
import { ZOOM_LIMITS, zoomScaleExtent } from './zoom-scale-extent';

export interface FitOptions {
  /** Space left on each side of the span, in px (at most a quarter of the width), besides the window edges; default 0. */
  readonly padding?: number;
  /** Zoom limits; default zoomScaleExtent(base). */
  readonly scaleExtent?: readonly [number, number];
}

/**
 * The zoom transform that shows `span` (an event, a selection, everything) within zoom limits, between
 * the window edges (see transformForWindow) and any extra `padding`.
 */
export function fitTransform(
  base: ScaleTime<number, number>,
  span: TimeSpan,
  options: FitOptions = {},
): ViewTransform {
  const { padding = 0, scaleExtent = zoomScaleExtent(base) } = options;
  const [r0, r1] = base.range() as [number, number];
  const { left, right } = getWindowEdges(r1 - r0);
  const width = r1 - r0 - left - right;
  const pad = Math.min(padding, width / 4);
  let { start, end } = span;
  // An instant (or a one-minute meeting) would ask for infinite zoom; show it amid its hour.
  if (end - start < ZOOM_LIMITS.minVisibleSpan) {
    const centre = (start + end) / 2;
    start = centre - ZOOM_LIMITS.minVisibleSpan / 2;
    end = centre + ZOOM_LIMITS.minVisibleSpan / 2;
  }
  // Padding in px becomes time at the zoom the span will have once the padding is taken off.
  const padTime = ((end - start) * pad) / (width - 2 * pad);
  return transformForWindow(base, start - padTime, end + padTime, scaleExtent);
}
