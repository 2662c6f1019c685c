import { createBacklinkMap } from './create-backlink-map.ts';
import { createKindOfMap } from './create-kind-of-map.ts';
import type { PositionTables } from './normalize-positions.ts';
import { createLazyMap } from './create-lazy-map.ts';
import { indexEvents, indexStatements, startEventIndexes, startStatementIndexes } from './create-model-indexes.ts';
import { ACTOR_KINDS, DATE_PRECISIONS, type ModelPack, type PackedList } from './pack-model.ts';
import type {
  Actor, ActorId, EntityId, EventId, EventLocation, Model, PartialDate, Participant, RelatedEvent, Source, SourceId,
  Statement, StatementId, TimelineEvent,
} from './types.ts';

/** How many entities are rebuilt between two yields: about 2–5 ms of work on a slow machine. */
const STEP = 2_000;

/** Shared by every entity without one: an empty list allocated 100,000 times is 100,000 objects. */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Rebuilds the `Model` that `packModel` packed, yielding the share done so far (0–1) every few
 * thousand entities, so that the caller can run it in slices between frames. Strings and dates are
 * shared: each distinct string and each distinct date is one object, however often it is used, and
 * so is each distinct participant (actor and role).
 */
export function* unpackModelInSteps(pack: ModelPack): Generator<number, Model, void> {
  const { strings } = pack;
  // Two more steps' worth for the indexes, each about a sixth of the events' time.
  const total = pack.actors.id.length + pack.sources.id.length + (pack.events.id.length + pack.statements.id.length) * 1.3 + 1;
  let done = 0;
  const str = (index: number): string | undefined => (index < 0 ? undefined : strings[index]);
  const ids = <T extends string>(values: Int32Array, from = 0, to = values.length): T[] => {
    const out = new Array<T>(to - from);
    for (let i = from; i < to; i++) out[i - from] = strings[values[i] as number] as T;
    return out;
  };
  const listAt = <T extends string>(list: PackedList, row: number): readonly T[] => {
    const from = list.offsets[row] as number;
    const to = list.offsets[row + 1] as number;
    return from === to ? EMPTY : ids<T>(list.values, from, to);
  };

  // The orders as objects, through each id's position in its table (a typed array, not a lookup by id).
  const inOrder = <T>(table: Map<string, T>, idColumn: Int32Array, order: Int32Array): T[] => {
    const rows = [...table.values()];
    const rowOfString = new Int32Array(strings.length);
    for (let i = 0; i < idColumn.length; i++) rowOfString[idColumn[i] as number] = i;
    return Array.from(order, (stringIndex) => rows[rowOfString[stringIndex] as number] as T);
  };
  const { dates: d } = pack;
  const dates: PartialDate[] = new Array<PartialDate>(d.raw.length);
  for (let i = 0; i < d.raw.length; i++) {
    if (i % (4 * STEP) === 4 * STEP - 1) yield 0;
    const offset = d.offsetMinutes[i] as number;
    const base = {
      raw: strings[d.raw[i] as number] as string, precision: DATE_PRECISIONS[d.precision[i] as number] as PartialDate['precision'],
      start: d.start[i] as number, end: d.end[i] as number,
    };
    dates[i] = Number.isNaN(offset) ? base : { ...base, offsetMinutes: offset };
  }
  const date = (index: number): PartialDate | undefined => (index < 0 ? undefined : dates[index]);

  const a = pack.actors;
  const actors = new Map<ActorId, Actor>();
  for (let i = 0; i < a.id.length; i++) {
    const id = strings[a.id[i] as number] as ActorId;
    actors.set(id, {
      id, name: strings[a.name[i] as number] as string, kind: ACTOR_KINDS[a.kind[i] as number] as Actor['kind'],
      title: str(a.title[i] as number), description: str(a.description[i] as number),
      affiliations: listAt<ActorId>(a.affiliations, i), aliases: listAt(a.aliases, i),
    });
  }
  addExtras(actors, pack.extras.actors);

  const so = pack.sources;
  const sources = new Map<SourceId, Source>();
  for (let i = 0; i < so.id.length; i++) {
    const id = strings[so.id[i] as number] as SourceId;
    sources.set(id, {
      id, title: strings[so.title[i] as number] as string, publisher: str(so.publisher[i] as number), url: str(so.url[i] as number),
      archived: str(so.archived[i] as number), published: date(so.published[i] as number), accessed: date(so.accessed[i] as number),
    });
    if (i % STEP === STEP - 1) yield (done + i) / total;
  }
  addExtras(sources, pack.extras.sources);
  done += a.id.length + so.id.length;

  const e = pack.events;
  const events = new Map<EventId, TimelineEvent>();
  const participantsSeen = new Map<number, Participant>();
  const participant = (actorIndex: number, roleIndex: number): Participant => {
    const key = actorIndex * (strings.length + 1) + roleIndex + 1;
    let p = participantsSeen.get(key);
    if (!p) {
      const actor = strings[actorIndex] as ActorId;
      p = roleIndex < 0 ? { actor } : { actor, role: strings[roleIndex] as string };
      participantsSeen.set(key, p);
    }
    return p;
  };
  for (let i = 0; i < e.id.length; i++) {
    const id = strings[e.id[i] as number] as EventId;
    const locationName = e.locationName[i] as number;
    let location: EventLocation | undefined;
    if (locationName >= 0) {
      const name = strings[locationName] as string;
      const lat = e.lat[i] as number;
      const lon = e.lon[i] as number;
      const hasLat = !Number.isNaN(lat);
      const hasLon = !Number.isNaN(lon);
      location = hasLat && hasLon ? { name, lat, lon } : hasLat ? { name, lat } : hasLon ? { name, lon } : { name };
    }
    const pFrom = e.participants.offsets[i] as number;
    const pTo = e.participants.offsets[i + 1] as number;
    let participants: readonly Participant[] = EMPTY;
    if (pTo > pFrom) {
      const list = new Array<Participant>(pTo - pFrom);
      for (let k = pFrom; k < pTo; k++) list[k - pFrom] = participant(e.participants.values[k] as number, e.roles[k] as number);
      participants = list;
    }
    const rFrom = e.related.offsets[i] as number;
    const rTo = e.related.offsets[i + 1] as number;
    let related: readonly RelatedEvent[] = EMPTY;
    if (rTo > rFrom) {
      const list = new Array<RelatedEvent>(rTo - rFrom);
      for (let k = rFrom; k < rTo; k++) {
        list[k - rFrom] = { event: strings[e.related.values[k] as number] as EventId, relation: strings[e.relations[k] as number] as string };
      }
      related = list;
    }
    events.set(id, {
      id, title: strings[e.title[i] as number] as string, start: dates[e.start[i] as number] as PartialDate,
      end: date(e.end[i] as number), span: { start: e.spanStart[i] as number, end: e.spanEnd[i] as number },
      kind: strings[e.kind[i] as number] as string, summary: str(e.summary[i] as number), location,
      note: str(e.note[i] as number), participants, sources: listAt<SourceId>(e.sources, i), related,
    });
    if (i % STEP === STEP - 1) yield (done + i) / total;
  }
  addExtras(events, pack.extras.events);
  done += e.id.length;
  yield done / total;
  const eventsInOrder = inOrder(events, e.id, pack.eventOrder);
  yield done / total;
  // In slices like the rest: in one piece, at 100,000 events, it was the longest of the page's tasks.
  const eventIndexes = startEventIndexes(actors.keys());
  for (let from = 0; from < eventsInOrder.length; from += STEP) {
    indexEvents(eventIndexes, eventsInOrder, from, Math.min(eventsInOrder.length, from + STEP));
    yield (done + from * 0.3) / total;
  }
  done += e.id.length * 0.3;

  const s = pack.statements;
  const statements = new Map<StatementId, Statement>();
  for (let i = 0; i < s.id.length; i++) {
    const id = strings[s.id[i] as number] as StatementId;
    const source = s.source[i] as number;
    const locator = s.locator[i] as number;
    statements.set(id, {
      id, speaker: strings[s.speaker[i] as number] as ActorId, date: dates[s.date[i] as number] as PartialDate,
      text: strings[s.text[i] as number] as string, mode: s.verbatim[i] ? 'verbatim' : 'paraphrase',
      event: str(s.event[i] as number) as EventId | undefined, about: listAt<EntityId>(s.about, i),
      language: str(s.language[i] as number), translated: s.translated[i] === 1, setting: str(s.setting[i] as number),
      source: source < 0 ? undefined : locator < 0 ? { source: strings[source] as SourceId } : { source: strings[source] as SourceId, locator: strings[locator] as string },
      note: str(s.note[i] as number),
    });
    if (i % STEP === STEP - 1) yield (done + i) / total;
  }
  addExtras(statements, pack.extras.statements);
  done += s.id.length;
  yield done / total;

  const statementsInOrder = inOrder(statements, s.id, pack.statementOrder);
  yield done / total;
  const statementIndexes = startStatementIndexes(actors.keys());
  for (let from = 0; from < statementsInOrder.length; from += STEP) {
    indexStatements(statementIndexes, statementsInOrder, from, Math.min(statementsInOrder.length, from + STEP));
    yield (done + from * 0.3) / total;
  }
  // Topics, positions, the opening `view` and the `story` have no columns: a model holds a few dozen
  // of the first two, one view and a few story steps, so they travel structured-cloned among the
  // model's extras (packModel puts every field it has no column for there).
  const modelExtras = pack.extras.model as unknown as PositionTables & Record<string, unknown>;
  const { topics, positions } = modelExtras;
  const tables = { actors, events, statements, sources, topics, positions };
  const model: Model = {
    meta: pack.meta, ...tables,
    kindOf: createLazyMap(() => createKindOfMap(tables)),
    eventOrder: eventsInOrder.map((event) => event.id),
    statementOrder: statementsInOrder.map((statement) => statement.id),
    actorOrder: [...actors.keys()],
    ...eventIndexes,
    ...statementIndexes,
    eventKindCounts: new Map(pack.eventKindCounts),
    backlinks: createLazyMap(() => createBacklinkMap(tables)),
    extent: pack.extent,
    ...modelExtras,
  };
  return model;
}

/** Adds the fields that travelled outside the columns back to their entities (by table position). */
function addExtras<K, V extends object>(table: Map<K, V>, extras: ReadonlyArray<[number, Record<string, unknown>]>): void {
  if (extras.length === 0) return;
  const keys = [...table.keys()];
  for (const [row, fields] of extras) {
    const key = keys[row] as K;
    table.set(key, { ...(table.get(key) as V), ...fields });
  }
}

/** Rebuilds a packed model in one go (tests, the validator CLI). */
export function unpackModel(pack: ModelPack): Model {
  const steps = unpackModelInSteps(pack);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
