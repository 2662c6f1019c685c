import type { ActorId, EntityId, EventId, Model, Participant, Statement, StatementId, TimelineEvent } from './types.ts';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Events each actor took part in, in time order (`events` sorted as `eventOrder`); every actor has an
 * entry. `unpackModelInSteps` builds the same index on the page from the pack's rows (no lookup by
 * id), in slices; the pack-model property tests hold the two to the same result.
 */
export function createEventIndexes(actorIds: Iterable<ActorId>, events: readonly TimelineEvent[]): Pick<Model, 'eventsByActor'> {
  const indexes = startEventIndexes(actorIds);
  indexEvents(indexes, events, 0, events.length);
  return indexes;
}

type EventIndexes = { eventsByActor: Map<ActorId, EventId[]> };
type StatementIndexes = { statementsBySpeaker: Map<ActorId, StatementId[]>; statementsAtEvent: Map<EventId, StatementId[]>; statementsAbout: Map<EntityId, StatementId[]> };

/** The empty indexes… */
function startEventIndexes(actorIds: Iterable<ActorId>): EventIndexes {
  const eventsByActor = new Map<ActorId, EventId[]>();
  for (const id of actorIds) eventsByActor.set(id, []);
  return { eventsByActor };
}

/** …and events[from, to) added to them, in order. */
function indexEvents({ eventsByActor }: EventIndexes, events: readonly TimelineEvent[], from: number, to: number): void {
  for (let e = from; e < to; e++) {
    const event = events[e] as TimelineEvent;
    const { participants } = event;
    for (let i = 0; i < participants.length; i++) {
      const actor = (participants[i] as Participant).actor;
      // An actor listed twice in one event is indexed once.
      let repeated = false;
      for (let k = 0; k < i; k++) if ((participants[k] as Participant).actor === actor) repeated = true;
      if (!repeated) pushTo(eventsByActor, actor, event.id);
    }
  }
}

/** Statements by speaker, occasion and topic, in time order (`statements` sorted as `statementOrder`). */
export function createStatementIndexes(
  actorIds: Iterable<ActorId>,
  statements: readonly Statement[],
): Pick<Model, 'statementsBySpeaker' | 'statementsAtEvent' | 'statementsAbout'> {
  const indexes = startStatementIndexes(actorIds);
  indexStatements(indexes, statements, 0, statements.length);
  return indexes;
}

/** The empty indexes… */
function startStatementIndexes(actorIds: Iterable<ActorId>): StatementIndexes {
  const statementsBySpeaker = new Map<ActorId, StatementId[]>();
  for (const id of actorIds) statementsBySpeaker.set(id, []);
  // Only events with statements have an entry: an empty list for each of 10,000 events was 20,000
  // allocations before the first paint.
  return { statementsBySpeaker, statementsAtEvent: new Map(), statementsAbout: new Map() };
}

/** …and statements[from, to) added to them, in order. */
function indexStatements({ statementsBySpeaker, statementsAtEvent, statementsAbout }: StatementIndexes, statements: readonly Statement[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const s = statements[k] as Statement;
    const { id } = s;
    pushTo(statementsBySpeaker, s.speaker, id);
    if (s.event) pushTo(statementsAtEvent, s.event, id);
    for (let i = 0; i < s.about.length; i++) {
      const about = s.about[i] as EntityId;
      if (s.about.indexOf(about) === i) pushTo(statementsAbout, about, id);
    }
  }
}
