import type { ActorId, EntityId, EventId, Model, Participant, Statement, StatementId, TimelineEvent } from './types.ts';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Events each actor took part in, in time order (`events` sorted as `eventOrder`); every actor has an
 * entry. Shared by `normalizeModel` and `unpackModel`, which rebuilds it on the page rather than
 * receiving it from the worker: walking the objects is cheaper than looking 300,000 ids up there.
 */
export function createEventIndexes(actorIds: Iterable<ActorId>, events: readonly TimelineEvent[]): Pick<Model, 'eventsByActor'> {
  const eventsByActor = new Map<ActorId, EventId[]>();
  for (const id of actorIds) eventsByActor.set(id, []);
  for (const event of events) {
    const { participants } = event;
    for (let i = 0; i < participants.length; i++) {
      const actor = (participants[i] as Participant).actor;
      // An actor listed twice in one event is indexed once.
      let repeated = false;
      for (let k = 0; k < i; k++) if ((participants[k] as Participant).actor === actor) repeated = true;
      if (!repeated) pushTo(eventsByActor, actor, event.id);
    }
  }
  return { eventsByActor };
}

/** Statements by speaker, occasion and topic, in time order (`statements` sorted as `statementOrder`). */
export function createStatementIndexes(
  actorIds: Iterable<ActorId>,
  statements: readonly Statement[],
): Pick<Model, 'statementsBySpeaker' | 'statementsAtEvent' | 'statementsAbout'> {
  const statementsBySpeaker = new Map<ActorId, StatementId[]>();
  for (const id of actorIds) statementsBySpeaker.set(id, []);
  // Only events with statements have an entry: an empty list for each of 10,000 events was 20,000
  // allocations before the first paint.
  const statementsAtEvent = new Map<EventId, StatementId[]>();
  const statementsAbout = new Map<EntityId, StatementId[]>();
  for (const s of statements) {
    const { id } = s;
    pushTo(statementsBySpeaker, s.speaker, id);
    if (s.event) pushTo(statementsAtEvent, s.event, id);
    for (let i = 0; i < s.about.length; i++) {
      const about = s.about[i] as EntityId;
      if (s.about.indexOf(about) === i) pushTo(statementsAbout, about, id);
    }
  }
  return { statementsBySpeaker, statementsAtEvent, statementsAbout };
}
