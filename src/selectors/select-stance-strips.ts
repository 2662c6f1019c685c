import type { ActorId, Model, Position, TopicId } from '../model/types.ts';

/** One band of a stance strip: a position from its date until the next one (or the end of the timeline). */
export interface StanceSegment {
  readonly position: Position;
  /** ms since the epoch, from the start of the position's date. */
  readonly start: number;
  /** ms since the epoch: the next position's start, or `until`. */
  readonly end: number;
  /** True for the first position, and where the stance differs from the one before: a change marker goes here. */
  readonly changed: boolean;
}

/**
 * Each actor's stance on `topic` through time, for the thin strips on the timeline lanes: one band from
 * each position to the next, the last running to `until` (the timeline's end). Only actors with a
 * position on the topic have an entry.
 */
export function selectStanceStrips(model: Model, topic: TopicId, until: number): ReadonlyMap<ActorId, readonly StanceSegment[]> {
  const strips = new Map<ActorId, StanceSegment[]>();
  for (const [actor, byTopic] of model.positionsByActorTopic) {
    const positions: Position[] = [];
    for (const id of byTopic.get(topic) ?? []) {
      const position = model.positions.get(id);
      if (position) positions.push(position);
    }
    if (positions.length === 0) continue;
    strips.set(actor, positions.map((position, i) => {
      const next = positions[i + 1];
      const before = positions[i - 1];
      return {
        position,
        start: position.date.start,
        end: Math.max(next ? next.date.start : until, position.date.start),
        changed: !before || before.stance !== position.stance,
      };
    }));
  }
  return strips;
}
