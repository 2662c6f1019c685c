import type { Model } from '../model/types';
import type { Selection } from '../view-state/view-state';

/**
 * Everything the current selection links to: for an event its participants, the statements said at
 * it or about it and its related events (both directions); for a statement its speaker, occasion and
 * what it is about; for a position its actor, evidence and where that was said; for an actor the
 * events they took part in and what they said. The selection
 * itself is included. The timeline draws links to these and dims the rest.
 */
export function selectLinkedIds(model: Model, selection: Selection | null): ReadonlySet<string> {
  const linked = new Set<string>();
  if (!selection) return linked;
  const { kind, id } = selection;
  linked.add(id);
  if (kind === 'event') {
    const event = model.events.get(id as never);
    if (!event) return linked;
    for (const p of event.participants) linked.add(p.actor);
    for (const r of event.related) linked.add(r.event);
    for (const s of model.statementsAtEvent.get(event.id) ?? []) linked.add(s);
    for (const s of model.statementsAbout.get(event.id) ?? []) linked.add(s);
    for (const b of model.backlinks.get(event.id) ?? []) if (b.fromKind === 'event' && b.field === 'related') linked.add(b.from);
  } else if (kind === 'statement') {
    const statement = model.statements.get(id as never);
    if (!statement) return linked;
    linked.add(statement.speaker);
    if (statement.event) linked.add(statement.event);
    for (const a of statement.about) linked.add(a);
    for (const s of model.statementsAbout.get(statement.id) ?? []) linked.add(s);
  } else if (kind === 'position') {
    // A position links to its actor and to the statements that show it, and where they were said.
    const position = model.positions.get(id as never);
    if (!position) return linked;
    linked.add(position.actor);
    for (const s of position.evidence) {
      linked.add(s);
      const occasion = model.statements.get(s)?.event;
      if (occasion) linked.add(occasion);
    }
  } else {
    for (const e of model.eventsByActor.get(id as never) ?? []) linked.add(e);
    for (const s of model.statementsBySpeaker.get(id as never) ?? []) linked.add(s);
    for (const s of model.statementsAbout.get(id as never) ?? []) linked.add(s);
  }
  return linked;
}
