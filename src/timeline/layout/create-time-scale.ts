import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimeSpan } from '../../model/types';
import { getWindowEdges } from './window-edges';

const DAY = 86_400_000;

/**
 * The unzoomed base scale: the model extent (at least one day wide) onto [left, width − right] of
 * [0, width], the edges of getWindowEdges, so "Fit all" leaves room for the last label as any window does.
 */
export function createTimeScale(extent: TimeSpan, width: number): ScaleTime<number, number> {
  let { start, end } = extent;
  // A single-instant (or one-minute) model would otherwise give a zero-width domain and NaN positions.
  if (end - start < DAY) {
    const centre = (start + end) / 2;
    start = centre - DAY / 2;
    end = centre + DAY / 2;
  }
  const { left, right } = getWindowEdges(width);
  const perPx = (end - start) / (width - left - right);
  // No rangeRound: d3-zoom's rescaleX needs a continuous range, and SVG takes fractional pixels.
  return scaleUtc<number, number>()
    .domain([new Date(start - left * perPx), new Date(end + right * perPx)])
    .range([0, width]);
}
