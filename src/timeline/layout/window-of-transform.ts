import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import type { TimeSpan } from '../../model/types';

/** The time window [start, end] (ms) the view shows under `transform`; cheap enough for every frame. */
export function windowOfTransform(base: ScaleTime<number, number>, transform: ZoomTransform): TimeSpan {
  const [r0, r1] = base.range() as [number, number];
  // transform.rescaleX(base).domain() would build a whole scale just to read two numbers.
  return {
    start: base.invert(transform.invertX(r0)).getTime(),
    end: base.invert(transform.invertX(r1)).getTime(),
  };
}
