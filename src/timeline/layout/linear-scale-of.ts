import type { ScaleTime } from 'd3-scale';

/**
 * The same mapping as a d3 UTC scale, as plain arithmetic: a time scale is linear, and the scene
 * calls it twice for every visible item on every layout, where d3's general piecewise path shows.
 */
export function linearScaleOf(scale: ScaleTime<number, number>): (time: number) => number {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0);
  return (time) => r0 + (time - d0) * k;
}
