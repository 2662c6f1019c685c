import type { ActorId, Model, PartialDate, Position, PositionId, TopicId } from '../model/types.ts';

/**
 * The moment a date stands for when asking "where did they stand at D?": its last instant. At
 * `2025-03-13` a position taken that day already holds, and at `2025-03` so does one of 31 March.
 */
export function getStandingInstant(date: Pick<PartialDate, 'end'>): number {
  return date.end - 1;
}

/**
 * The position of `actor` on `topic` at `instant` (ms since the epoch): the latest one that holds
 * from then or earlier. A position holds from the start of its date, so one dated `2025-03` holds
 * from 1 March 00:00 UTC, until the same actor's next position on the same topic. Undefined before
 * the first one.
 */
export function selectPositionAt(model: Model, actor: ActorId, topic: TopicId, instant: number): Position | undefined {
  const ids: readonly PositionId[] = model.positionsByActorTopic.get(actor)?.get(topic) ?? [];
  let found: Position | undefined;
  // In time order, so the last that has started is the one that holds.
  for (const id of ids) {
    const position = model.positions.get(id);
    if (!position || position.date.start > instant) break;
    found = position;
  }
  return found;
}

/** The position that follows `position` for the same actor and topic, when there is one. */
export function selectNextPosition(model: Model, position: Position): Position | undefined {
  const ids = model.positionsByActorTopic.get(position.actor)?.get(position.topic) ?? [];
  const next = ids[ids.indexOf(position.id) + 1];
  return next === undefined ? undefined : model.positions.get(next);
}
