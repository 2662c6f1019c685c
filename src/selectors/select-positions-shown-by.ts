import type { ActorId, Model, Position, StatementId } from '../model/types.ts';

/**
 * The positions that any of `statements` is evidence for, each once, in time order: what an event's or
 * a statement's panel lists under "Positions".
 */
export function selectPositionsShownBy(model: Model, statements: readonly StatementId[]): readonly Position[] {
  if (model.positionsByEvidence.size === 0) return [];
  const ids = new Set<string>();
  for (const statement of statements) for (const id of model.positionsByEvidence.get(statement) ?? []) ids.add(id);
  const positions: Position[] = [];
  for (const id of model.positionOrder) {
    const position = ids.has(id) ? model.positions.get(id) : undefined;
    if (position) positions.push(position);
  }
  return positions;
}

/** An actor's positions on every topic, in time order: what the actor's panel lists. */
export function selectActorPositions(model: Model, actor: ActorId): readonly Position[] {
  const byTopic = model.positionsByActorTopic.get(actor);
  if (!byTopic) return [];
  const positions: Position[] = [];
  for (const id of model.positionOrder) {
    const position = model.positions.get(id);
    if (position?.actor === actor) positions.push(position);
  }
  return positions;
}
