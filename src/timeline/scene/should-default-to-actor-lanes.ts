import type { Model } from '../../model/types';
import { layoutActorLanes, MAX_ACTOR_LANES } from './build-timeline-tracks';

/**
 * Actor lanes are the default while they stay readable: at most 20 lanes, counting people folded
 * into their state when there are too many to show one by one. Otherwise the compact track.
 */
export function shouldDefaultToActorLanes(model: Model): boolean {
  return layoutActorLanes(model, MAX_ACTOR_LANES).lanes.length <= MAX_ACTOR_LANES;
}
