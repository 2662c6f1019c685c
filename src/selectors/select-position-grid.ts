import type { Actor, ActorId, Model, Position, Topic, TimeSpan } from '../model/types.ts';
import { getStandingInstant, selectPositionAt } from './select-position-at.ts';

/** One cell of the positions table: an actor's position on a topic at the date shown, if any. */
export interface PositionCell {
  readonly topic: Topic;
  /** The position that holds at the date shown; absent when none is recorded by then. */
  readonly position?: Position;
  /** True when the position was taken within the date shown (it changed there). */
  readonly changed: boolean;
}

export interface PositionRow {
  readonly actor: Actor;
  /** One cell per topic, in the order of `topics`. */
  readonly cells: readonly PositionCell[];
}

/** Actors (rows) × topics (columns) at a date. */
export interface PositionGrid {
  /** Topics in file order. */
  readonly topics: readonly Topic[];
  /** Every actor with a position on any topic, in file order, whether or not one holds yet. */
  readonly rows: readonly PositionRow[];
}

/**
 * Where each actor stands on each topic at the date `at` (its last instant counts, see
 * getStandingInstant): the rows and columns of the positions view.
 */
export function selectPositionGrid(model: Model, at: TimeSpan): PositionGrid {
  const topics: Topic[] = [];
  for (const id of model.topicOrder) {
    const topic = model.topics.get(id);
    if (topic) topics.push(topic);
  }
  const instant = getStandingInstant(at);
  const rows: PositionRow[] = [];
  for (const id of model.actorOrder) {
    const actor = model.actors.get(id);
    if (!actor || !model.positionsByActorTopic.has(id)) continue;
    rows.push({
      actor,
      cells: topics.map((topic) => {
        const position = selectPositionAt(model, id as ActorId, topic.id, instant);
        return { topic, ...(position && { position }), changed: !!position && position.date.start >= at.start };
      }),
    });
  }
  return { topics, rows };
}
