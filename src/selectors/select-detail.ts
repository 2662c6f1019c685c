import type {
  Actor, ActorId, EntityId, EventId, Model, Source, SourceRef, Statement, StatementId, TimelineEvent,
} from '../model/types.ts';

/** What the detail panel can show. */
export type DetailKind = 'event' | 'actor' | 'statement' | 'position';

/** The thing the detail panel shows: the view state's selection. */
export interface DetailSelection {
  readonly kind: DetailKind;
  readonly id: string;
}

/** Something a statement is about, resolved; `source` when a curator pointed `about` at a document. */
export type AboutTarget =
  | { readonly kind: 'event'; readonly event: TimelineEvent }
  | { readonly kind: 'actor'; readonly actor: Actor }
  | { readonly kind: 'statement'; readonly statement: Statement; readonly speaker?: Actor }
  | { readonly kind: 'source'; readonly source: Source };

/** A source with the place in it (page, timestamp, paragraph) a statement was found at. */
export interface CitedSource {
  readonly source: Source;
  readonly locator?: string;
}

/** Everything needed to render one statement as a quote, with its references resolved. */
export interface StatementSummary {
  readonly statement: Statement;
  readonly speaker?: Actor;
  /** The event it was said at. */
  readonly occasion?: TimelineEvent;
  readonly about: readonly AboutTarget[];
  readonly source?: CitedSource;
}

/** A link between two events, seen from the event on show. */
export interface RelatedEventLink {
  readonly event: TimelineEvent;
  /** The relation as written in the file, e.g. "follows", "responds-to". */
  readonly relation: string;
  /** `outgoing`: this event names the other in `related`; `incoming`: the other names this one. */
  readonly direction: 'outgoing' | 'incoming';
}

export interface EventDetail {
  readonly event: TimelineEvent;
  readonly participants: readonly { readonly actor: Actor; readonly role?: string }[];
  /** Statements made at this event, in time order. */
  readonly saidAt: readonly StatementSummary[];
  /** Statements about this event, in time order. */
  readonly about: readonly StatementSummary[];
  /** Events this one names first (file order), then events naming this one (time order). */
  readonly related: readonly RelatedEventLink[];
  readonly sources: readonly Source[];
}

export interface ActorDetail {
  readonly actor: Actor;
  /** The actors this one belongs to or represents. */
  readonly affiliations: readonly Actor[];
  /** Actors that name this one among their affiliations, in file order. */
  readonly members: readonly Actor[];
  /** Events this actor took part in, in time order, with the role they played. */
  readonly events: readonly { readonly event: TimelineEvent; readonly role?: string }[];
  /** What this actor said, in time order. */
  readonly statements: readonly StatementSummary[];
  /** Statements about this actor, in time order. */
  readonly mentionedIn: readonly StatementSummary[];
}

export interface StatementDetail extends StatementSummary {
  /** Statements about this statement (replies, reactions), in time order. */
  readonly responses: readonly StatementSummary[];
}

export type Detail =
  | ({ readonly kind: 'event' } & EventDetail)
  | ({ readonly kind: 'actor' } & ActorDetail)
  | ({ readonly kind: 'statement' } & StatementDetail);

function resolve<K, V>(table: ReadonlyMap<K, V>, ids: readonly K[]): V[] {
  const found: V[] = [];
  for (const id of ids) {
    const value = table.get(id);
    if (value !== undefined) found.push(value);
  }
  return found;
}

function selectAboutTarget(model: Model, id: EntityId): AboutTarget | undefined {
  switch (model.kindOf.get(id)) {
    case 'event': {
      const event = model.events.get(id as EventId);
      return event && { kind: 'event', event };
    }
    case 'actor': {
      const actor = model.actors.get(id as ActorId);
      return actor && { kind: 'actor', actor };
    }
    case 'statement': {
      const statement = model.statements.get(id as StatementId);
      return statement && { kind: 'statement', statement, speaker: model.actors.get(statement.speaker) };
    }
    case 'source': {
      const source = model.sources.get(id as Source['id']);
      return source && { kind: 'source', source };
    }
    default:
      return undefined;
  }
}

function citeSource(model: Model, ref: SourceRef | undefined): CitedSource | undefined {
  const source = ref && model.sources.get(ref.source);
  return source && { source, locator: ref?.locator };
}

/** A statement with its speaker, occasion, targets and source looked up: what a quote needs. */
export function selectStatementSummary(model: Model, statement: Statement): StatementSummary {
  const about: AboutTarget[] = [];
  for (const id of new Set(statement.about)) {
    const target = selectAboutTarget(model, id);
    if (target) about.push(target);
  }
  return {
    statement,
    speaker: model.actors.get(statement.speaker),
    occasion: statement.event === undefined ? undefined : model.events.get(statement.event),
    about,
    source: citeSource(model, statement.source),
  };
}

function summarize(model: Model, ids: readonly StatementId[] | undefined): StatementSummary[] {
  return resolve(model.statements, ids ?? []).map((s) => selectStatementSummary(model, s));
}

function selectRelatedEvents(model: Model, event: TimelineEvent): RelatedEventLink[] {
  const outgoing: RelatedEventLink[] = [];
  for (const { event: otherId, relation } of event.related) {
    const other = model.events.get(otherId);
    if (other) outgoing.push({ event: other, relation, direction: 'outgoing' });
  }
  // One backlink per `related` entry, so an event naming this one twice appears once per relation.
  const namingIds = new Set<EventId>();
  for (const link of model.backlinks.get(event.id) ?? []) {
    if (link.fromKind === 'event' && link.field === 'related') namingIds.add(link.from as EventId);
  }
  const incoming: RelatedEventLink[] = [];
  for (const id of model.eventOrder) {
    if (!namingIds.has(id)) continue;
    const other = model.events.get(id);
    for (const entry of other?.related ?? []) {
      if (other && entry.event === event.id) incoming.push({ event: other, relation: entry.relation, direction: 'incoming' });
    }
  }
  return [...outgoing, ...incoming];
}

/** An event with its participants, statements, related events and sources; undefined for an unknown id. */
export function selectEventDetail(model: Model, id: string): EventDetail | undefined {
  const event = model.events.get(id as EventId);
  if (!event) return undefined;
  const participants: { actor: Actor; role?: string }[] = [];
  for (const p of event.participants) {
    const actor = model.actors.get(p.actor);
    if (actor) participants.push({ actor, role: p.role });
  }
  return {
    event,
    participants,
    saidAt: summarize(model, model.statementsAtEvent.get(event.id)),
    about: summarize(model, model.statementsAbout.get(event.id)),
    related: selectRelatedEvents(model, event),
    sources: resolve(model.sources, event.sources),
  };
}

/** An actor with affiliations, members, events, statements and mentions; undefined for an unknown id. */
export function selectActorDetail(model: Model, id: string): ActorDetail | undefined {
  const actor = model.actors.get(id as ActorId);
  if (!actor) return undefined;
  const memberIds = new Set<EntityId>();
  for (const link of model.backlinks.get(actor.id) ?? []) {
    if (link.fromKind === 'actor' && link.field === 'affiliations') memberIds.add(link.from);
  }
  const events = resolve(model.events, model.eventsByActor.get(actor.id) ?? []).map((event) => ({
    event,
    role: event.participants.find((p) => p.actor === actor.id && p.role !== undefined)?.role,
  }));
  return {
    actor,
    affiliations: resolve(model.actors, actor.affiliations),
    members: resolve(model.actors, model.actorOrder.filter((a) => memberIds.has(a))),
    events,
    statements: summarize(model, model.statementsBySpeaker.get(actor.id)),
    mentionedIn: summarize(model, model.statementsAbout.get(actor.id)),
  };
}

/** A statement with its references and the statements about it; undefined for an unknown id. */
export function selectStatementDetail(model: Model, id: string): StatementDetail | undefined {
  const statement = model.statements.get(id as StatementId);
  if (!statement) return undefined;
  return {
    ...selectStatementSummary(model, statement),
    responses: summarize(model, model.statementsAbout.get(statement.id)),
  };
}

/** The detail of whatever is selected; undefined when the id names nothing of that kind. */
export function selectDetail(model: Model, selection: DetailSelection): Detail | undefined {
  switch (selection.kind) {
    case 'event': {
      const detail = selectEventDetail(model, selection.id);
      return detail && { kind: 'event', ...detail };
    }
    case 'actor': {
      const detail = selectActorDetail(model, selection.id);
      return detail && { kind: 'actor', ...detail };
    }
    case 'statement': {
      const detail = selectStatementDetail(model, selection.id);
      return detail && { kind: 'statement', ...detail };
    }
    // A position's detail is selectPositionDetail's (select-position-detail.ts), built on this file's quotes.
    case 'position':
      return undefined;
  }
}
