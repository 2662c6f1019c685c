import type { Actor, ActorId, EventId, Model, Statement } from '../model/types.ts';
import { getActorSide } from './get-actor-state.ts';

/** One side's account of an event: the statements its people made at it, in time order. */
export interface EventAccount {
  /** The side: a state, or an actor without one. */
  readonly side: ActorId;
  /** The side's name, e.g. "Russia"; the id when the actor is unknown. */
  readonly name: string;
  readonly sideActor?: Actor;
  readonly statements: readonly Statement[];
}

/**
 * The accounts of an event, one per side that spoke at it (getActorSide of each speaker), ordered by
 * their first statement; fewer than two means there is nothing to compare. Only statements said at
 * the event count: what others said about it afterwards are reactions, not accounts.
 */
export function selectEventAccounts(model: Model, eventId: string): EventAccount[] {
  const bySide = new Map<ActorId, Statement[]>();
  for (const id of model.statementsAtEvent.get(eventId as EventId) ?? []) {
    const statement = model.statements.get(id);
    if (!statement) continue;
    const side = getActorSide(model, statement.speaker);
    const list = bySide.get(side);
    if (list) list.push(statement);
    else bySide.set(side, [statement]);
  }
  return [...bySide].map(([side, statements]) => {
    const sideActor = model.actors.get(side);
    return { side, name: sideActor?.name ?? side, sideActor, statements };
  });
}

/** True when statements at the event come from more than one side: "Compare accounts" applies. */
export function hasCompetingAccounts(model: Model, eventId: string): boolean {
  let first: ActorId | undefined;
  for (const id of model.statementsAtEvent.get(eventId as EventId) ?? []) {
    const statement = model.statements.get(id);
    if (!statement) continue;
    const side = getActorSide(model, statement.speaker);
    if (first === undefined) first = side;
    else if (side !== first) return true;
  }
  return false;
}
