import { createBacklinkMap } from './create-backlink-map.ts';
import { createKindOfMap } from './create-kind-of-map.ts';
import type { PositionTables } from './normalize-positions.ts';
import { createLazyMap } from './create-lazy-map.ts';
import { splitStringsInSteps } from './join-strings.ts';
import {
  ACTOR_KINDS, DATE_PRECISIONS, type EventsPart, type ModelPack, type ModelPackPart, type PackedList, type PackPartBase, type Ref,
  type StatementsPart,
} from './pack-model.ts';
import type {
  Actor, ActorId, EntityId, EventId, EventLocation, Model, PartialDate, Participant, RelatedEvent, Source, SourceId,
  Statement, StatementId, TimelineEvent,
} from './types.ts';

/** How many entities are rebuilt between two yields: about 2–5 ms of work on a slow machine. */
const STEP = 2_000;

/** Yielded by unpackModelInSteps when it needs the next part and `takePart` has none yet. */
export const AWAITING_PART = -1;

/** Shared by every entity without one: an empty list allocated 100,000 times is 100,000 objects. */
const EMPTY: readonly never[] = Object.freeze([]);

type Extras = ReadonlyArray<[number, Record<string, unknown>]>;

/**
 * Lists filed under entities by Ref (see pack-model.ts): under the entity's row, so that building an
 * index looks nothing up by id, then a Map by id, its keys in the order they were first filed (as
 * createModelIndexes builds it from the objects).
 */
class RowIndex<V> {
  private readonly lists: Array<V[] | undefined>;
  /** Rows, and the strings of refs outside the table, in the order first filed. */
  private readonly order: Array<number | string> = [];
  private readonly outside = new Map<string, V[]>();
  constructor(private readonly ids: readonly string[], private readonly strings: readonly string[]) {
    this.lists = new Array<V[] | undefined>(ids.length);
  }
  file(ref: Ref, value: V): void {
    if (ref >= 0) {
      const list = this.lists[ref];
      if (list) list.push(value);
      else {
        this.lists[ref] = [value];
        this.order.push(ref);
      }
      return;
    }
    const id = this.strings[-2 - ref] as string;
    const list = this.outside.get(id);
    if (list) list.push(value);
    else {
      this.outside.set(id, [value]);
      this.order.push(id);
    }
  }
  /** `everyRow`: every entity of the table has an entry (an empty list when nothing was filed), in table order. */
  toMap<K extends string>(everyRow: boolean): Map<K, V[]> {
    const map = new Map<K, V[]>();
    if (everyRow) for (let row = 0; row < this.ids.length; row++) map.set(this.ids[row] as K, this.lists[row] ?? []);
    for (const key of this.order) {
      if (typeof key === 'string') map.set(key as K, this.outside.get(key) as V[]);
      else if (!everyRow) map.set(this.ids[key] as K, this.lists[key] as V[]);
    }
    return map;
  }
}

/** The entity at `row` with the fields that travelled outside the columns, when `extras` (in row order) has some for it. */
function withExtras<T extends object>(entity: T, row: number, extras: Extras, at: { next: number }): T {
  const entry = extras[at.next];
  if (entry === undefined || entry[0] !== row) return entity;
  at.next++;
  return { ...entity, ...entry[1] };
}

/**
 * Rebuilds the `Model` that `packModelInParts` packed, yielding the share done so far (0–1) every few
 * thousand entities, so that the caller can run it in slices between frames. `takePart` gives the next
 * part once it is here; until then the generator yields AWAITING_PART, and the caller resumes it when
 * a part has arrived. Strings and dates are shared: each distinct string and each distinct date is one
 * object, however often it is used; every reference is the string of the id it names; and each
 * distinct participant (actor and role) is one object.
 */
export function* unpackModelInSteps(takePart: () => ModelPackPart | undefined): Generator<number, Model, void> {
  const strings: string[] = [];
  const dates: PartialDate[] = [];
  /** The part's strings and dates added to the tables, in steps. */
  function* addTables(part: PackPartBase): Generator<number, void, void> {
    if (Array.isArray(part.strings)) for (const s of part.strings as readonly string[]) strings.push(s);
    else for (const _ of splitStringsInSteps(part.strings as Exclude<PackPartBase['strings'], readonly string[]>, strings)) yield done / total;
    const d = part.dates;
    for (let i = 0; i < d.raw.length; i++) {
      if (i % (4 * STEP) === 4 * STEP - 1) yield done / total;
      const offset = d.offsetMinutes[i] as number;
      const base = {
        raw: strings[d.raw[i] as number] as string, precision: DATE_PRECISIONS[d.precision[i] as number] as PartialDate['precision'],
        start: d.start[i] as number, end: d.end[i] as number,
      };
      dates.push(Number.isNaN(offset) ? base : { ...base, offsetMinutes: offset });
    }
  }
  function* next<K extends ModelPackPart['kind']>(kind: K): Generator<number, Extract<ModelPackPart, { kind: K }>, void> {
    let part = takePart();
    while (part === undefined) {
      yield AWAITING_PART;
      part = takePart();
    }
    if (part.kind !== kind) throw new Error(`Expected the ${kind} part of the model, got the ${part.kind} part`);
    return part as Extract<ModelPackPart, { kind: K }>;
  }

  const first: EventsPart = yield* next('events');
  // Two more steps' worth for the indexes, each about a third of the entities' time.
  const total = first.actors.id.length + first.sources.id.length + (first.events.id.length + first.statementCount) * 1.3 + 1;
  let done = 0;
  yield* addTables(first);

  const str = (index: number): string | undefined => (index < 0 ? undefined : strings[index]);
  const date = (index: number): PartialDate | undefined => (index < 0 ? undefined : dates[index]);
  /** A Ref's id: `ids` are the ids of the table it names, by row. */
  const idOf = <T extends string>(ids: readonly string[], ref: Ref): T | undefined => (ref >= 0 ? ids[ref] : ref === -1 ? undefined : strings[-2 - ref]) as T | undefined;
  const listAt = <T extends string>(list: PackedList, row: number, ids?: readonly string[]): readonly T[] => {
    const from = list.offsets[row] as number;
    const to = list.offsets[row + 1] as number;
    if (from === to) return EMPTY;
    const out = new Array<T>(to - from);
    for (let k = from; k < to; k++) out[k - from] = (ids ? idOf<T>(ids, list.values[k] as number) : strings[list.values[k] as number]) as T;
    return out;
  };
  const orderAt = (column: Float64Array, row: number): number | undefined => {
    const order = column[row] as number;
    return Number.isNaN(order) ? undefined : order;
  };
  const idsOf = (column: Int32Array): string[] => Array.from(column, (index) => strings[index] as string);

  const a = first.actors;
  const actorIds = idsOf(a.id);
  const actors = new Map<ActorId, Actor>();
  let at = { next: 0 };
  for (let i = 0; i < a.id.length; i++) {
    const id = actorIds[i] as ActorId;
    actors.set(id, withExtras<Actor>({
      id, name: strings[a.name[i] as number] as string, kind: ACTOR_KINDS[a.kind[i] as number] as Actor['kind'],
      title: str(a.title[i] as number), description: str(a.description[i] as number),
      affiliations: listAt<ActorId>(a.affiliations, i, actorIds), aliases: listAt(a.aliases, i),
    }, i, first.extras.actors, at));
  }

  const so = first.sources;
  const sourceIds = idsOf(so.id);
  const sources = new Map<SourceId, Source>();
  at = { next: 0 };
  for (let i = 0; i < so.id.length; i++) {
    const id = sourceIds[i] as SourceId;
    sources.set(id, withExtras<Source>({
      id, title: strings[so.title[i] as number] as string, publisher: str(so.publisher[i] as number), url: str(so.url[i] as number),
      archived: str(so.archived[i] as number), published: date(so.published[i] as number), accessed: date(so.accessed[i] as number),
    }, i, first.extras.sources, at));
    if (i % STEP === STEP - 1) yield (done + i) / total;
  }
  done += a.id.length + so.id.length;

  const e = first.events;
  const eventIds = idsOf(e.id);
  const events = new Map<EventId, TimelineEvent>();
  // One object per distinct participant: by actor row, without a role or by the role's string index.
  const plainParticipants = new Array<Participant | undefined>(actorIds.length);
  const participantsWithRole = new Array<Map<number, Participant> | undefined>(actorIds.length);
  const participant = (actorRef: Ref, roleIndex: number): Participant => {
    const actor = idOf<ActorId>(actorIds, actorRef) as ActorId;
    // An actor outside the table (never in a valid model) gets an object of its own.
    if (actorRef < 0) return roleIndex < 0 ? { actor } : { actor, role: strings[roleIndex] as string };
    if (roleIndex < 0) return (plainParticipants[actorRef] ??= { actor });
    const byRole = (participantsWithRole[actorRef] ??= new Map());
    let p = byRole.get(roleIndex);
    if (!p) byRole.set(roleIndex, (p = { actor, role: strings[roleIndex] as string }));
    return p;
  };
  at = { next: 0 };
  for (let i = 0; i < e.id.length; i++) {
    const id = eventIds[i] as EventId;
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
        list[k - rFrom] = { event: idOf<EventId>(eventIds, e.related.values[k] as number) as EventId, relation: strings[e.relations[k] as number] as string };
      }
      related = list;
    }
    const event = withExtras<TimelineEvent>({
      id, title: strings[e.title[i] as number] as string, start: dates[e.start[i] as number] as PartialDate,
      end: date(e.end[i] as number), span: { start: e.spanStart[i] as number, end: e.spanEnd[i] as number }, order: orderAt(e.order, i),
      kind: strings[e.kind[i] as number] as string, summary: str(e.summary[i] as number), location,
      note: str(e.note[i] as number), participants, sources: listAt<SourceId>(e.sources, i, sourceIds), related,
    }, i, first.extras.events, at);
    events.set(id, event);
    if (i % STEP === STEP - 1) yield (done + i) / total;
  }
  done += e.id.length;
  yield done / total;
  // The indexes by actor, from the rows: no lookup by id, and no entity read again.
  const eventsByActor = new RowIndex<EventId>(actorIds, strings);
  const { eventOrder } = first;
  const { offsets: pOffsets, values: pValues } = e.participants;
  for (let from = 0; from < eventOrder.length; from += STEP) {
    const to = Math.min(eventOrder.length, from + STEP);
    for (let k = from; k < to; k++) {
      const row = eventOrder[k] as number;
      const id = eventIds[row] as EventId;
      const pFrom = pOffsets[row] as number;
      const pTo = pOffsets[row + 1] as number;
      for (let p = pFrom; p < pTo; p++) {
        const actor = pValues[p] as number;
        // An actor listed twice in one event is indexed once.
        let repeated = false;
        for (let q = pFrom; q < p; q++) if (pValues[q] === actor) repeated = true;
        if (!repeated) eventsByActor.file(actor, id);
      }
    }
    yield (done + from * 0.3) / total;
  }
  done += e.id.length * 0.3;

  const second: StatementsPart = yield* next('statements');
  yield* addTables(second);
  const s = second.statements;
  const statementIds = idsOf(s.id);
  // `about` names rows of the actors, events, sources and statements counted one after the other.
  const entityIds: string[] = [...actorIds, ...eventIds, ...sourceIds, ...statementIds];
  const statements = new Map<StatementId, Statement>();
  at = { next: 0 };
  for (let i = 0; i < s.id.length; i++) {
    const id = statementIds[i] as StatementId;
    const source = idOf<SourceId>(sourceIds, s.source[i] as number);
    const locator = s.locator[i] as number;
    const statement = withExtras<Statement>({
      id, speaker: idOf<ActorId>(actorIds, s.speaker[i] as number) as ActorId, date: dates[s.date[i] as number] as PartialDate, order: orderAt(s.order, i),
      text: strings[s.text[i] as number] as string, mode: s.verbatim[i] ? 'verbatim' : 'paraphrase',
      event: idOf<EventId>(eventIds, s.event[i] as number), about: listAt<EntityId>(s.about, i, entityIds),
      language: str(s.language[i] as number), translated: s.translated[i] === 1, setting: str(s.setting[i] as number),
      source: source === undefined ? undefined : locator < 0 ? { source } : { source, locator: strings[locator] as string },
      note: str(s.note[i] as number),
    }, i, second.extras.statements, at);
    statements.set(id, statement);
    if (i % STEP === STEP - 1) yield (done + i) / total;
  }
  done += s.id.length;
  yield done / total;

  const statementsBySpeaker = new RowIndex<StatementId>(actorIds, strings);
  // Only events with statements have an entry: an empty list for each of 10,000 events was 20,000
  // allocations before the first paint.
  const statementsAtEvent = new RowIndex<StatementId>(eventIds, strings);
  const statementsAbout = new RowIndex<StatementId>(entityIds, strings);
  const { statementOrder } = second;
  const { offsets: aOffsets, values: aValues } = s.about;
  for (let from = 0; from < statementOrder.length; from += STEP) {
    const to = Math.min(statementOrder.length, from + STEP);
    for (let k = from; k < to; k++) {
      const row = statementOrder[k] as number;
      const id = statementIds[row] as StatementId;
      statementsBySpeaker.file(s.speaker[row] as number, id);
      const event = s.event[row] as number;
      if (event !== -1) statementsAtEvent.file(event, id);
      const aFrom = aOffsets[row] as number;
      const aTo = aOffsets[row + 1] as number;
      for (let p = aFrom; p < aTo; p++) {
        const about = aValues[p] as number;
        let repeated = false;
        for (let q = aFrom; q < p; q++) if (aValues[q] === about) repeated = true;
        if (!repeated) statementsAbout.file(about, id);
      }
    }
    yield (done + from * 0.3) / total;
  }
  // Topics, positions, the opening `view` and the `story` have no columns: a model holds a few dozen
  // of the first two, one view and a few story steps, so they travel structured-cloned among the
  // model's extras (packModel puts every field it has no column for there).
  const modelExtras = second.extras.model as unknown as PositionTables & Record<string, unknown>;
  const { topics, positions } = modelExtras;
  const tables = { actors, events, statements, sources, topics, positions };
  const model: Model = {
    meta: first.meta, ...tables,
    kindOf: createLazyMap(() => createKindOfMap(tables)),
    eventOrder: Array.from(eventOrder, (row) => eventIds[row] as EventId),
    statementOrder: Array.from(statementOrder, (row) => statementIds[row] as StatementId),
    actorOrder: [...actors.keys()],
    // Every actor has an entry in the indexes by actor (createEventIndexes, createStatementIndexes).
    eventsByActor: eventsByActor.toMap(true),
    statementsBySpeaker: statementsBySpeaker.toMap(true),
    statementsAtEvent: statementsAtEvent.toMap(false),
    statementsAbout: statementsAbout.toMap(false),
    eventKindCounts: new Map(first.eventKindCounts),
    backlinks: createLazyMap(() => createBacklinkMap(tables)),
    extent: first.extent,
    ...modelExtras,
  };
  return model;
}

/** A pack's parts, one per call (for unpackModelInSteps). */
export function takeParts(pack: ModelPack): () => ModelPackPart | undefined {
  let next = 0;
  return () => pack.parts[next++];
}

/** Rebuilds a packed model in one go (tests, the validator CLI). */
export function unpackModel(pack: ModelPack): Model {
  const steps = unpackModelInSteps(takeParts(pack));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
