import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimeSpan } from '../../model/types';

const DAY = 86_400_000;
/** Share of the extent added on each side, so the first and last marks are not cut by the edges. */
const PADDING = 0.04;

/** The unzoomed base scale: the model extent padded by 4% each side (at least one day wide) onto [0, width]. */
export function createTimeScale(extent: TimeSpan, width: number): ScaleTime<number, number> {
  let { start, end } = extent;
  // A single-instant (or one-minute) model would otherwise give a zero-width domain and NaN positions.
  if (end - start < DAY) {
    const centre = (start + end) / 2;
    start = centre - DAY / 2;
    end = centre + DAY / 2;
  }
  const pad = (end - start) * PADDING;
  // No rangeRound: d3-zoom's rescaleX needs a continuous range, and SVG takes fractional pixels.
  return scaleUtc<number, number>()
    .domain([new Date(start - pad), new Date(end + pad)])
    .range([0, width]);
}
