import type { ScaleTime } from 'd3-scale';
import type { TimeSpan } from '../../model/types';
import { invertX, type ViewTransform } from './view-transform';
import { getWindowEdges } from './window-edges';

/**
 * The time window [start, end] (ms) the view shows under `transform`, between the edges of
 * getWindowEdges (the inverse of transformForWindow); cheap enough for every frame.
 */
export function windowOfTransform(base: ScaleTime<number, number>, transform: ViewTransform): TimeSpan {
  const [r0, r1] = base.range() as [number, number];
  const { left, right } = getWindowEdges(r1 - r0);
  // rescaleTime(base, transform).domain() would build a whole scale just to read two numbers.
  return {
    start: base.invert(invertX(transform, r0 + left)).getTime(),
    end: base.invert(invertX(transform, r1 - right)).getTime(),
  };
}
