import type { Actor, EventId, Model, Source, StatementId, TimelineEvent } from '../model/types.ts';
import {
  selectStatementSummary, type RelatedEventLink, type StatementSummary,
} from '../selectors/select-detail.ts';
import type { VisibleItems } from '../selectors/select-visible-items.ts';
import { selectEventAccounts } from '../selectors/select-event-accounts.ts';

/** One event of the list with everything its entry shows, references resolved. */
export interface EventEntry {
  readonly event: TimelineEvent;
  readonly participants: readonly { readonly actor: Actor; readonly role?: string }[];
  /** Events this one names (file order), then events naming it (time order). */
  readonly related: readonly RelatedEventLink[];
  /** Visible statements said at this event, in time order. */
  readonly saidAt: readonly StatementSummary[];
  readonly sources: readonly Source[];
  /** How many sides spoke at the event (selectEventAccounts); two or more can be compared. */
  readonly sides: number;
}

/** What the list shows: the events in time order, then statements that have no listed occasion. */
export interface EventListEntries {
  readonly events: readonly EventEntry[];
  /** Visible statements without an occasion, or whose occasion is filtered out, in time order. */
  readonly otherStatements: readonly StatementSummary[];
}

function resolveAll<K, V>(table: ReadonlyMap<K, V>, ids: readonly K[]): V[] {
  const found: V[] = [];
  for (const id of ids) {
    const value = table.get(id);
    if (value !== undefined) found.push(value);
  }
  return found;
}

/**
 * Resolves every listed event at once. Unlike selectEventDetail, which scans all events to find the
 * ones naming an event, incoming relations come from the backlinks and one index of positions, so the
 * whole list costs O(events + statements + links) even for a 10,000-event model.
 */
export function listEventEntries(model: Model, visible?: VisibleItems): EventListEntries {
  const ids = visible?.events ?? model.eventOrder;
  const statementIds = visible?.statements ?? model.statementOrder;
  const shownStatements = new Set<StatementId>(statementIds);
  const listed = new Set<EventId>();
  const position = new Map<EventId, number>();
  model.eventOrder.forEach((id, i) => position.set(id, i));

  const events: EventEntry[] = [];
  for (const id of ids) {
    const event = model.events.get(id);
    if (!event) continue;
    listed.add(id);
    const participants: { actor: Actor; role?: string }[] = [];
    for (const p of event.participants) {
      const actor = model.actors.get(p.actor);
      if (actor) participants.push({ actor, role: p.role });
    }
    const saidAt = resolveAll(model.statements, model.statementsAtEvent.get(id) ?? [])
      .filter((s) => shownStatements.has(s.id))
      .map((s) => selectStatementSummary(model, s));
    events.push({
      event,
      participants,
      related: listRelated(model, event, position),
      saidAt,
      sources: resolveAll(model.sources, event.sources),
      sides: model.statementsAtEvent.has(id) ? selectEventAccounts(model, id).length : 0,
    });
  }

  const otherStatements: StatementSummary[] = [];
  for (const id of statementIds) {
    const statement = model.statements.get(id);
    if (!statement) continue;
    if (statement.event !== undefined && listed.has(statement.event)) continue;
    otherStatements.push(selectStatementSummary(model, statement));
  }
  return { events, otherStatements };
}

function listRelated(model: Model, event: TimelineEvent, position: ReadonlyMap<EventId, number>): RelatedEventLink[] {
  const links: RelatedEventLink[] = [];
  for (const { event: otherId, relation } of event.related) {
    const other = model.events.get(otherId);
    if (other) links.push({ event: other, relation, direction: 'outgoing' });
  }
  const naming = new Set<EventId>();
  for (const link of model.backlinks.get(event.id) ?? []) {
    if (link.fromKind === 'event' && link.field === 'related') naming.add(link.from as EventId);
  }
  const sorted = [...naming].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  for (const id of sorted) {
    const other = model.events.get(id);
    for (const entry of other?.related ?? []) {
      if (other && entry.event === event.id) links.push({ event: other, relation: entry.relation, direction: 'incoming' });
    }
  }
  return links;
}
