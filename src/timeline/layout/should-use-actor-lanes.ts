import type { Model } from '../../model/types';
import { hasActivity } from './has-activity';

/** True when few enough actors are active (default ≤ 20) for one swimlane each to stay readable. */
export function shouldUseActorLanes(model: Model, maxLanes = 20): boolean {
  let active = 0;
  for (const id of model.actorOrder) {
    if (hasActivity(model, id) && ++active > maxLanes) return false;
  }
  return true;
}
