import type { ScaleTime } from 'd3-scale';

/** Zoom bounds: k = 1 shows the whole (padded) model; zooming stops when ~1 hour fills the width. */
export const ZOOM_LIMITS = {
  /** Least zoom: the base scale, i.e. everything. */
  minScale: 1,
  /** Shortest time span the full width can show, in ms. */
  minVisibleSpan: 3_600_000,
} as const;

/** The d3-zoom scaleExtent [1, kMax] for a base scale, kMax showing ZOOM_LIMITS.minVisibleSpan over its range. */
export function zoomScaleExtent(base: ScaleTime<number, number>): [number, number] {
  const [d0, d1] = base.domain();
  // k is relative to the base scale, so the width cancels out: only the domain's length matters.
  const span = d1!.getTime() - d0!.getTime();
  return [ZOOM_LIMITS.minScale, Math.max(ZOOM_LIMITS.minScale, span / ZOOM_LIMITS.minVisibleSpan)];
}
