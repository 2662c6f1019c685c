import type { ActorId, Model } from '../model/types.ts';

/**
 * The state an actor is drawn under on the timeline (its lane rule): itself if a state, else its first
 * affiliation that is a state; undefined for an actor with none (a journalist, NATO, a mediator).
 */
export function getActorState(model: Model, id: ActorId): ActorId | undefined {
  const actor = model.actors.get(id);
  if (!actor) return undefined;
  if (actor.kind === 'state') return id;
  return actor.affiliations.find((a) => model.actors.get(a)?.kind === 'state');
}

/**
 * The side an actor speaks for: its state by the lane rule, or the actor itself when it has none.
 * Two readouts of one call from the same side are one account; from two sides they are two.
 */
export function getActorSide(model: Model, id: ActorId): ActorId {
  return getActorState(model, id) ?? id;
}
