import type { ScaleTime } from 'd3-scale';

/**
 * A horizontal zoom: x' = k·x + x. The same numbers as d3-zoom's ZoomTransform (which satisfies
 * this type), kept as plain data so the first paint needs none of d3-zoom, d3-selection and
 * d3-transition: the zoom behaviour is loaded after the timeline is on screen.
 */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY_TRANSFORM: ViewTransform = Object.freeze({ k: 1, x: 0, y: 0 });

/** Scale by `k`, then shift by `x` px. */
export function createViewTransform(k: number, x: number): ViewTransform {
  return { k, x, y: 0 };
}

/** The base position (before zoom) of the screen position `x`. */
export function invertX(transform: ViewTransform, x: number): number {
  return (x - transform.x) / transform.k;
}

/** `base` as seen through `transform`: what d3-zoom's `transform.rescaleX(base)` returns. */
export function rescaleTime(base: ScaleTime<number, number>, transform: ViewTransform): ScaleTime<number, number> {
  const [r0, r1] = base.range() as [number, number];
  return base.copy().domain([base.invert(invertX(transform, r0)), base.invert(invertX(transform, r1))]);
}
