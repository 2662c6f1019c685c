import type { Actor, Model, PartialDate, Source, Statement, TimelineEvent } from './types.ts';

/**
 * A `Model` as columns of typed arrays and one table of strings: the form a model prepared in a Web
 * Worker crosses to the page in. Structured cloning the Model itself (Maps of objects) took ~1.8 s of
 * the page's main thread at 100,000 events; typed arrays move for free, and `unpackModel` rebuilds the
 * objects in short slices. Strings are sent once and shared: every reference to an id, every repeated
 * kind, role or date becomes the same string (and the same date object) on the page.
 *
 * Every string field is an index into `strings` (-1 for a missing value); lists are stored as
 * offsets into a values array (list i is values[offsets[i]] … values[offsets[i + 1] - 1]).
 * Fields this file does not know (added to the model later) travel in `extras`, structured-cloned,
 * so a new field is slow to move rather than lost.
 */
export interface ModelPack {
  readonly strings: string[];
  readonly meta: Model['meta'];
  readonly extent: Model['extent'];
  readonly eventKindCounts: Array<[string, number]>;
  /** Every distinct date of the model; fields refer to dates by index. */
  readonly dates: {
    readonly raw: Int32Array;
    /** Index into DATE_PRECISIONS. */
    readonly precision: Uint8Array;
    readonly start: Float64Array;
    readonly end: Float64Array;
    /** NaN for dates without an offset. */
    readonly offsetMinutes: Float64Array;
  };
  readonly actors: {
    readonly id: Int32Array;
    readonly name: Int32Array;
    /** Index into ACTOR_KINDS. */
    readonly kind: Uint8Array;
    readonly title: Int32Array;
    readonly description: Int32Array;
    readonly affiliations: PackedList;
    readonly aliases: PackedList;
  };
  readonly events: {
    readonly id: Int32Array;
    readonly title: Int32Array;
    /** Date indexes; -1 for no end. */
    readonly start: Int32Array;
    readonly end: Int32Array;
    readonly spanStart: Float64Array;
    readonly spanEnd: Float64Array;
    readonly kind: Int32Array;
    readonly summary: Int32Array;
    readonly note: Int32Array;
    /** -1 for no location; NaN for a missing lat or lon. */
    readonly locationName: Int32Array;
    readonly lat: Float64Array;
    readonly lon: Float64Array;
    /** Actor and role (-1 for none) of each participant. */
    readonly participants: PackedList;
    readonly roles: Int32Array;
    readonly sources: PackedList;
    /** Event and relation of each related event. */
    readonly related: PackedList;
    readonly relations: Int32Array;
  };
  readonly statements: {
    readonly id: Int32Array;
    readonly speaker: Int32Array;
    readonly date: Int32Array;
    readonly text: Int32Array;
    /** 1 for verbatim, 0 for paraphrase. */
    readonly verbatim: Uint8Array;
    readonly translated: Uint8Array;
    readonly event: Int32Array;
    readonly about: PackedList;
    readonly language: Int32Array;
    readonly setting: Int32Array;
    readonly note: Int32Array;
    /** -1 for no source reference. */
    readonly source: Int32Array;
    readonly locator: Int32Array;
  };
  readonly sources: {
    readonly id: Int32Array;
    readonly title: Int32Array;
    readonly publisher: Int32Array;
    readonly url: Int32Array;
    readonly archived: Int32Array;
    readonly published: Int32Array;
    readonly accessed: Int32Array;
  };
  /**
   * The orders of the model, by id (string indexes). The indexes by actor, speaker, occasion and topic
   * are not sent: the page rebuilds them from the ordered objects (createModelIndexes) in less time
   * than looking their 450,000 ids up here took.
   */
  readonly eventOrder: Int32Array;
  readonly statementOrder: Int32Array;
  /** Fields of entities and of the model that this file does not pack into columns. */
  readonly extras: {
    readonly actors: Array<[number, Record<string, unknown>]>;
    readonly events: Array<[number, Record<string, unknown>]>;
    readonly statements: Array<[number, Record<string, unknown>]>;
    readonly sources: Array<[number, Record<string, unknown>]>;
    readonly model: Record<string, unknown>;
  };
}

/** Lists of string indexes, one list per row. */
export interface PackedList {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;
export const ACTOR_KINDS = ['person', 'state', 'organization', 'group'] as const;

/** The fields each table packs into columns; any other field of an entity travels in `extras`. */
export const PACKED_FIELDS = {
  actors: ['id', 'name', 'kind', 'title', 'affiliations', 'aliases', 'description'],
  events: ['id', 'title', 'start', 'end', 'span', 'kind', 'summary', 'location', 'participants', 'sources', 'related', 'note'],
  statements: ['id', 'speaker', 'date', 'text', 'mode', 'event', 'about', 'language', 'translated', 'setting', 'source', 'note'],
  sources: ['id', 'title', 'publisher', 'url', 'archived', 'published', 'accessed'],
  model: [
    'meta', 'actors', 'events', 'statements', 'sources', 'kindOf', 'eventOrder', 'statementOrder', 'actorOrder',
    'eventsByActor', 'statementsBySpeaker', 'statementsAtEvent', 'statementsAbout', 'eventKindCounts', 'backlinks', 'extent',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Grows a typed array's worth of values without knowing the count up front. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The fields of `entity` that are not packed into columns and have a value. */
function extraFields(entity: object, packed: ReadonlySet<string>): Record<string, unknown> | undefined {
  let extra: Record<string, unknown> | undefined;
  // for…in rather than Object.keys: no array per entity (the entities are plain objects).
  for (const key in entity) {
    if (packed.has(key)) continue;
    const value = (entity as Record<string, unknown>)[key];
    if (value !== undefined) (extra ??= {})[key] = value;
  }
  return extra;
}

/**
 * Packs a normalized model into columns (see ModelPack). `transfer` lists the buffers to hand to
 * `postMessage` so that they move rather than copy.
 */
export function packModel(model: Model): { pack: ModelPack; transfer: ArrayBuffer[] } {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  /** A string that may repeat (an id, a kind, a role): stored once. */
  const intern = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
      stringIndex.set(value, index);
    }
    return index;
  };
  /** Free text that rarely repeats (titles, quotes): stored without a lookup. */
  const append = (value: string | undefined): number => (value === undefined ? -1 : strings.push(value) - 1);

  const dateIndex = new Map<PartialDate, number>();
  const dateRaw = new IntList();
  const precisions: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const offsets: number[] = [];
  // Files are mostly in date order, so the date just seen is the likeliest next one.
  let lastDate: PartialDate | undefined;
  let lastDateIndex = -1;
  const date = (value: PartialDate | undefined): number => {
    if (value === undefined) return -1;
    if (value === lastDate) return lastDateIndex;
    let index = dateIndex.get(value);
    if (index === undefined) {
      index = precisions.length;
      dateIndex.set(value, index);
      dateRaw.push(intern(value.raw));
      precisions.push(DATE_PRECISIONS.indexOf(value.precision));
      starts.push(value.start);
      ends.push(value.end);
      offsets.push(value.offsetMinutes ?? NaN);
    }
    lastDate = value;
    lastDateIndex = index;
    return index;
  };

  const list = <T>(rows: Iterable<T>, count: number, items: (row: T, values: IntList) => void): PackedList => {
    const offsetsOut = new Int32Array(count + 1);
    const values = new IntList();
    let row = 0;
    for (const entry of rows) {
      items(entry, values);
      offsetsOut[++row] = values.length;
    }
    return { offsets: offsetsOut, values: values.toArray() };
  };
  const internAll = (ids: readonly string[], values: IntList) => {
    for (let i = 0; i < ids.length; i++) values.push(intern(ids[i]));
  };
  const extrasOf = <T extends object>(rows: Iterable<T>, packed: readonly string[]) => {
    const known = new Set<string>(packed);
    const found: Array<[number, Record<string, unknown>]> = [];
    let i = 0;
    for (const row of rows) {
      const extra = extraFields(row, known);
      if (extra) found.push([i, extra]);
      i++;
    }
    return found;
  };

  const actorList = [...model.actors.values()];
  const actors = {
    id: Int32Array.from(actorList, (a) => intern(a.id)),
    name: Int32Array.from(actorList, (a) => append(a.name)),
    kind: Uint8Array.from(actorList, (a) => ACTOR_KINDS.indexOf(a.kind)),
    title: Int32Array.from(actorList, (a) => intern(a.title)),
    description: Int32Array.from(actorList, (a) => append(a.description)),
    affiliations: list(actorList, actorList.length, (a, values) => internAll(a.affiliations, values)),
    aliases: list(actorList, actorList.length, (a, values) => internAll(a.aliases, values)),
  };

  const eventList = [...model.events.values()];
  const n = eventList.length;
  const roles = new IntList();
  const relations = new IntList();
  for (const e of eventList) {
    for (const p of e.participants) roles.push(intern(p.role));
    for (const r of e.related) relations.push(intern(r.relation));
  }
  const events = {
    id: new Int32Array(n), title: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n),
    spanStart: new Float64Array(n), spanEnd: new Float64Array(n), kind: new Int32Array(n), summary: new Int32Array(n),
    note: new Int32Array(n), locationName: new Int32Array(n), lat: new Float64Array(n), lon: new Float64Array(n),
    participants: list(eventList, n, (e, values) => {
      for (const p of e.participants) values.push(intern(p.actor));
    }),
    roles: roles.toArray(),
    sources: list(eventList, n, (e, values) => internAll(e.sources, values)),
    related: list(eventList, n, (e, values) => {
      for (const r of e.related) values.push(intern(r.event));
    }),
    relations: relations.toArray(),
  };
  eventList.forEach((e: TimelineEvent, i) => {
    events.id[i] = intern(e.id);
    events.title[i] = append(e.title);
    events.start[i] = date(e.start);
    events.end[i] = date(e.end);
    events.spanStart[i] = e.span.start;
    events.spanEnd[i] = e.span.end;
    events.kind[i] = intern(e.kind);
    events.summary[i] = intern(e.summary);
    events.note[i] = append(e.note);
    events.locationName[i] = intern(e.location?.name);
    events.lat[i] = e.location?.lat ?? NaN;
    events.lon[i] = e.location?.lon ?? NaN;
  });

  const statementList = [...model.statements.values()];
  const m = statementList.length;
  const statements = {
    id: new Int32Array(m), speaker: new Int32Array(m), date: new Int32Array(m), text: new Int32Array(m),
    verbatim: new Uint8Array(m), translated: new Uint8Array(m), event: new Int32Array(m),
    about: list(statementList, m, (s, values) => internAll(s.about, values)), language: new Int32Array(m), setting: new Int32Array(m),
    note: new Int32Array(m), source: new Int32Array(m), locator: new Int32Array(m),
  };
  statementList.forEach((s: Statement, i) => {
    statements.id[i] = intern(s.id);
    statements.speaker[i] = intern(s.speaker);
    statements.date[i] = date(s.date);
    // Quotes are interned: a line repeated across statements (a slogan, a refrain) is stored once.
    statements.text[i] = intern(s.text);
    statements.verbatim[i] = s.mode === 'verbatim' ? 1 : 0;
    statements.translated[i] = s.translated ? 1 : 0;
    statements.event[i] = intern(s.event);
    statements.language[i] = intern(s.language);
    statements.setting[i] = intern(s.setting);
    statements.note[i] = append(s.note);
    statements.source[i] = intern(s.source?.source);
    statements.locator[i] = intern(s.source?.locator);
  });

  const sourceList = [...model.sources.values()];
  const sources = {
    id: Int32Array.from(sourceList, (s: Source) => intern(s.id)),
    title: Int32Array.from(sourceList, (s) => append(s.title)),
    publisher: Int32Array.from(sourceList, (s) => intern(s.publisher)),
    url: Int32Array.from(sourceList, (s) => append(s.url)),
    archived: Int32Array.from(sourceList, (s) => append(s.archived)),
    published: Int32Array.from(sourceList, (s) => date(s.published)),
    accessed: Int32Array.from(sourceList, (s) => date(s.accessed)),
  };

  const modelExtras: Record<string, unknown> = {};
  const knownModelFields = new Set<string>(PACKED_FIELDS.model);
  for (const [key, value] of Object.entries(model)) if (!knownModelFields.has(key) && value !== undefined) modelExtras[key] = value;

  const pack: ModelPack = {
    strings, meta: model.meta, extent: model.extent, eventKindCounts: [...model.eventKindCounts],
    dates: {
      raw: dateRaw.toArray(), precision: Uint8Array.from(precisions), start: Float64Array.from(starts),
      end: Float64Array.from(ends), offsetMinutes: Float64Array.from(offsets),
    },
    actors: actors as ModelPack['actors'], events, statements, sources,
    eventOrder: Int32Array.from(model.eventOrder, intern),
    statementOrder: Int32Array.from(model.statementOrder, intern),
    extras: {
      actors: extrasOf<Actor>(actorList, PACKED_FIELDS.actors),
      events: extrasOf(eventList, PACKED_FIELDS.events),
      statements: extrasOf(statementList, PACKED_FIELDS.statements),
      sources: extrasOf(sourceList, PACKED_FIELDS.sources),
      model: modelExtras,
    },
  };
  return { pack, transfer: collectBuffers(pack) };
}

/** Every typed array's buffer in the pack, once. */
function collectBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const child of Object.values(value)) collectBuffers(child, found);
  }
  return [...found];
}
