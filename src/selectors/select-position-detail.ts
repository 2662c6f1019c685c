import type { Actor, Model, PartialDate, Position, PositionId, Topic } from '../model/types.ts';
import { selectStatementSummary, type StatementSummary } from './select-detail.ts';
import { selectNextPosition } from './select-position-at.ts';

/** One position with everything its panel shows. */
export interface PositionDetail {
  readonly position: Position;
  readonly actor?: Actor;
  readonly topic?: Topic;
  /** When the same actor's next position on the topic took over; absent while it still holds. */
  readonly until?: PartialDate;
  /** The evidence statements as quotes, in the order the curator listed them. */
  readonly evidence: readonly StatementSummary[];
  /** The actor's positions on this topic in time order, this one included. */
  readonly history: readonly Position[];
}

/** A position with its actor, topic, evidence quotes and the actor's history on the topic; undefined for an unknown id. */
export function selectPositionDetail(model: Model, id: string): PositionDetail | undefined {
  const position = model.positions.get(id as PositionId);
  if (!position) return undefined;
  const evidence: StatementSummary[] = [];
  for (const statementId of new Set(position.evidence)) {
    const statement = model.statements.get(statementId);
    if (statement) evidence.push(selectStatementSummary(model, statement));
  }
  const history: Position[] = [];
  for (const other of model.positionsByActorTopic.get(position.actor)?.get(position.topic) ?? []) {
    const found = model.positions.get(other);
    if (found) history.push(found);
  }
  return {
    position,
    actor: model.actors.get(position.actor),
    topic: model.topics.get(position.topic),
    until: selectNextPosition(model, position)?.date,
    evidence,
    history,
  };
}
