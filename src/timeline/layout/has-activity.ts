import type { ActorId, Model } from '../../model/types';

/** True when the actor took part in an event or made a statement, i.e. has something to draw in a lane. */
export function hasActivity(model: Model, actorId: ActorId): boolean {
  return (model.eventsByActor.get(actorId)?.length ?? 0) > 0 || (model.statementsBySpeaker.get(actorId)?.length ?? 0) > 0;
}
