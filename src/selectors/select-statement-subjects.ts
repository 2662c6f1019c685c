import type { ActorId, EventId, Model, Statement, StatementId } from '../model/types.ts';

/**
 * Whom a statement talks about: the actors its `about` names, the participants of the events it names,
 * and the speakers of the statements it names, each once, in that order of discovery. The speaker is
 * never their own subject (a leader praising a meeting he attended talks about the others there).
 */
export function selectStatementSubjects(model: Model, statement: Statement): ActorId[] {
  const subjects = new Set<ActorId>();
  for (const id of statement.about) {
    if (model.actors.has(id as ActorId)) {
      subjects.add(id as ActorId);
      continue;
    }
    const event = model.events.get(id as EventId);
    if (event) {
      for (const p of event.participants) subjects.add(p.actor);
      continue;
    }
    const named = model.statements.get(id as StatementId);
    if (named) subjects.add(named.speaker);
  }
  subjects.delete(statement.speaker);
  return [...subjects];
}
