import type { JoinedStrings } from './join-strings.ts';
import type { Model, PartialDate } from './types.ts';

/**
 * A `Model` as columns of typed arrays and one table of strings: the form a model prepared in a Web
 * Worker crosses to the page in. Structured cloning the Model itself (Maps of objects) took ~1.8 s of
 * the page's main thread at 100,000 events; typed arrays move for free, and `unpackModelInSteps`
 * rebuilds the objects in short slices.
 *
 * The pack comes in two parts, so that the page can rebuild the first (actors, sources, events) while
 * the worker packs the second (statements). The strings and the dates are tables that grow part by
 * part: a part carries the strings and dates it adds, and its indexes count from the start of the
 * first part's.
 *
 * Every string field is an index into the strings (-1 for a missing value); lists are stored as
 * offsets into a values array (list i is values[offsets[i]] … values[offsets[i + 1] - 1]). A
 * reference to an entity is that entity's row in its table (see Ref), so that the page gives every
 * reference the very string of the id it names, and the worker looks each id up in a table of its
 * kind rather than in one map of every string. Fields this file does not know (added to the model
 * later) travel in `extras`, structured-cloned, so a new field is slow to move rather than lost.
 */
export interface ModelPack {
  readonly parts: readonly [EventsPart, StatementsPart];
}

/**
 * A column or list of references: a value ≥ 0 is a row of the referenced table (for `about`, a row
 * of the actors, events, sources and statements counted one after the other); -1 is no reference;
 * a value ≤ -2 is the string -(value + 2), for an id not in that table (never in a valid model: kept
 * so that a pack cannot lose a value).
 */
export type Ref = number;

/** What every part carries: the strings and the dates it adds to those of the parts before it. */
export interface PackPartBase {
  /** A list where the pack is made; joined (joinStrings) on the way to the page, which is quicker to receive. */
  readonly strings: readonly string[] | JoinedStrings;
  readonly dates: PackedDates;
}

export interface PackedDates {
  readonly raw: Int32Array;
  /** Index into DATE_PRECISIONS. */
  readonly precision: Uint8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** NaN for dates without an offset. */
  readonly offsetMinutes: Float64Array;
}

export interface EventsPart extends PackPartBase {
  readonly kind: 'events';
  readonly meta: Model['meta'];
  readonly extent: Model['extent'];
  readonly eventKindCounts: Array<[string, number]>;
  /** How many statements the next part brings (for the page's progress). */
  readonly statementCount: number;
  readonly actors: {
    readonly id: Int32Array;
    readonly name: Int32Array;
    /** Index into ACTOR_KINDS. */
    readonly kind: Uint8Array;
    readonly title: Int32Array;
    readonly description: Int32Array;
    /** Refs to actors. */
    readonly affiliations: PackedList;
    readonly aliases: PackedList;
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
  readonly events: {
    readonly id: Int32Array;
    readonly title: Int32Array;
    /** Date indexes; -1 for no end. */
    readonly start: Int32Array;
    readonly end: Int32Array;
    readonly spanStart: Float64Array;
    readonly spanEnd: Float64Array;
    /** The order among events that start together; NaN where the file gives none. */
    readonly order: Float64Array;
    readonly kind: Int32Array;
    readonly summary: Int32Array;
    readonly note: Int32Array;
    /** -1 for no location; NaN for a missing lat or lon. */
    readonly locationName: Int32Array;
    readonly lat: Float64Array;
    readonly lon: Float64Array;
    /** Actor (a Ref) and role (a string, -1 for none) of each participant. */
    readonly participants: PackedList;
    readonly roles: Int32Array;
    /** Refs to sources. */
    readonly sources: PackedList;
    /** Event (a Ref) and relation (a string) of each related event. */
    readonly related: PackedList;
    readonly relations: Int32Array;
  };
  /** The events' rows in time order. */
  readonly eventOrder: Int32Array;
  /** Fields that have no column, by row. */
  readonly extras: {
    readonly actors: Array<[number, Record<string, unknown>]>;
    readonly sources: Array<[number, Record<string, unknown>]>;
    readonly events: Array<[number, Record<string, unknown>]>;
  };
}

export interface StatementsPart extends PackPartBase {
  readonly kind: 'statements';
  readonly statements: {
    readonly id: Int32Array;
    /** Refs to actors. */
    readonly speaker: Int32Array;
    readonly date: Int32Array;
    /** The order among statements said together; NaN where the file gives none. */
    readonly order: Float64Array;
    readonly text: Int32Array;
    /** 1 for verbatim, 0 for paraphrase. */
    readonly verbatim: Uint8Array;
    readonly translated: Uint8Array;
    /** A Ref to an event. */
    readonly event: Int32Array;
    /** Refs to actors, events, sources and statements (see Ref). */
    readonly about: PackedList;
    readonly language: Int32Array;
    readonly setting: Int32Array;
    readonly note: Int32Array;
    /** A Ref to a source; -1 for no source reference. */
    readonly source: Int32Array;
    readonly locator: Int32Array;
  };
  /** The statements' rows in time order. */
  readonly statementOrder: Int32Array;
  readonly extras: {
    readonly statements: Array<[number, Record<string, unknown>]>;
    /**
     * Fields of the model that this file does not pack into columns (topics, positions, the opening
     * view, the story: a few dozen entries at most), and any field added to the model later.
     */
    readonly model: Record<string, unknown>;
  };
}

export type ModelPackPart = EventsPart | StatementsPart;

/** Lists of values (string indexes or Refs), one list per row. */
export interface PackedList {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;
export const ACTOR_KINDS = ['person', 'state', 'organization', 'group'] as const;

/** The fields each table packs into columns; any other field of an entity travels in `extras`. */
export const PACKED_FIELDS = {
  actors: ['id', 'name', 'kind', 'title', 'affiliations', 'aliases', 'description'],
  events: ['id', 'title', 'start', 'end', 'span', 'order', 'kind', 'summary', 'location', 'participants', 'sources', 'related', 'note'],
  statements: ['id', 'speaker', 'date', 'order', 'text', 'mode', 'event', 'about', 'language', 'translated', 'setting', 'source', 'note'],
  sources: ['id', 'title', 'publisher', 'url', 'archived', 'published', 'accessed'],
  model: [
    'meta', 'actors', 'events', 'statements', 'sources', 'kindOf', 'eventOrder', 'statementOrder', 'actorOrder',
    'eventsByActor', 'statementsBySpeaker', 'statementsAtEvent', 'statementsAbout', 'eventKindCounts', 'backlinks', 'extent',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Grows a typed array's worth of values without knowing the count up front. */
class IntList {
  private data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
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

/** A PackedList filled row by row: values pushed, then `endRow` after each row's. */
class ListBuilder {
  readonly offsets: Int32Array;
  readonly values: IntList;
  private row = 0;
  constructor(rows: number, capacity = rows) {
    this.offsets = new Int32Array(rows + 1);
    this.values = new IntList(capacity);
  }
  endRow(): void {
    this.offsets[++this.row] = this.values.length;
  }
  build(): PackedList {
    return { offsets: this.offsets, values: this.values.toArray() };
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

/** Each id's row in its table (the table's keys are the ids' own strings, so their hashes are known). */
function rowsOf(table: ReadonlyMap<string, unknown>): Map<string, number> {
  const rows = new Map<string, number>();
  let row = 0;
  for (const id of table.keys()) rows.set(id, row++);
  return rows;
}

/** The strings and dates of a pack, handed out part by part (see ModelPack). */
class PackTables {
  private strings: string[] = [];
  private stringsBefore = 0;
  private readonly stringIndex = new Map<string, number>();
  private readonly dateIndex = new Map<PartialDate, number>();
  private dateRaw = new IntList();
  private precisions: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private offsets: number[] = [];
  private datesBefore = 0;
  // Files are mostly in date order, so the date just seen is the likeliest next one.
  private lastDate: PartialDate | undefined;
  private lastDateIndex = -1;

  /** A string that may repeat (a kind, a role, a quote): stored once. */
  intern(value: string | undefined): number {
    if (value === undefined) return -1;
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.append(value);
      this.stringIndex.set(value, index);
    }
    return index;
  }

  /** A string stored without a lookup: an id (unique) or free text that rarely repeats (titles, notes). */
  append(value: string | undefined): number {
    return value === undefined ? -1 : this.stringsBefore + this.strings.push(value) - 1;
  }

  /** A reference by row (see Ref), `rows` being the rows of the table it names. */
  ref(rows: ReadonlyMap<string, number>, id: string | undefined): Ref {
    if (id === undefined) return -1;
    const row = rows.get(id);
    return row === undefined ? -2 - this.intern(id) : row;
  }

  date(value: PartialDate | undefined): number {
    if (value === undefined) return -1;
    if (value === this.lastDate) return this.lastDateIndex;
    let index = this.dateIndex.get(value);
    if (index === undefined) {
      index = this.datesBefore + this.precisions.length;
      this.dateIndex.set(value, index);
      this.dateRaw.push(this.intern(value.raw));
      this.precisions.push(DATE_PRECISIONS.indexOf(value.precision));
      this.starts.push(value.start);
      this.ends.push(value.end);
      this.offsets.push(value.offsetMinutes ?? NaN);
    }
    this.lastDate = value;
    this.lastDateIndex = index;
    return index;
  }

  /** The strings and dates added since the last call, for a part. */
  take(): PackPartBase {
    const part: PackPartBase = {
      strings: this.strings,
      dates: {
        raw: this.dateRaw.toArray(), precision: Uint8Array.from(this.precisions), start: Float64Array.from(this.starts),
        end: Float64Array.from(this.ends), offsetMinutes: Float64Array.from(this.offsets),
      },
    };
    this.stringsBefore += this.strings.length;
    this.datesBefore += this.precisions.length;
    this.strings = [];
    this.dateRaw = new IntList();
    this.precisions = [];
    this.starts = [];
    this.ends = [];
    this.offsets = [];
    return part;
  }
}

/** Pushes the extras of `entity` (at `row`) onto `found` when it has any. */
function collectExtras(found: Array<[number, Record<string, unknown>]>, row: number, entity: object, known: ReadonlySet<string>): void {
  const extra = extraFields(entity, known);
  if (extra) found.push([row, extra]);
}

const KNOWN = {
  actors: new Set<string>(PACKED_FIELDS.actors),
  events: new Set<string>(PACKED_FIELDS.events),
  statements: new Set<string>(PACKED_FIELDS.statements),
  sources: new Set<string>(PACKED_FIELDS.sources),
  model: new Set<string>(PACKED_FIELDS.model),
};

/**
 * Packs a normalized model (see ModelPack) a part at a time: the worker posts the first part before it
 * packs the second. `transfer` lists the buffers to hand to `postMessage` so that they move rather
 * than copy. One pass over each table; ids are appended without a lookup (they are unique), and a
 * reference is looked up only among the ids of the table it names.
 */
export function* packModelInParts(model: Model): Generator<{ part: ModelPackPart; transfer: ArrayBuffer[] }, void, void> {
  const tables = new PackTables();
  const actorRows = rowsOf(model.actors);
  const sourceRows = rowsOf(model.sources);
  const eventRows = rowsOf(model.events);

  const na = model.actors.size;
  const actors = {
    id: new Int32Array(na), name: new Int32Array(na), kind: new Uint8Array(na), title: new Int32Array(na), description: new Int32Array(na),
  };
  const affiliations = new ListBuilder(na);
  const aliases = new ListBuilder(na);
  const actorExtras: Array<[number, Record<string, unknown>]> = [];
  let i = 0;
  for (const a of model.actors.values()) {
    actors.id[i] = tables.append(a.id);
    actors.name[i] = tables.append(a.name);
    actors.kind[i] = ACTOR_KINDS.indexOf(a.kind);
    actors.title[i] = tables.intern(a.title);
    actors.description[i] = tables.append(a.description);
    for (const id of a.affiliations) affiliations.values.push(tables.ref(actorRows, id));
    affiliations.endRow();
    for (const alias of a.aliases) aliases.values.push(tables.intern(alias));
    aliases.endRow();
    collectExtras(actorExtras, i, a, KNOWN.actors);
    i++;
  }

  const ns = model.sources.size;
  const sources = {
    id: new Int32Array(ns), title: new Int32Array(ns), publisher: new Int32Array(ns), url: new Int32Array(ns),
    archived: new Int32Array(ns), published: new Int32Array(ns), accessed: new Int32Array(ns),
  };
  const sourceExtras: Array<[number, Record<string, unknown>]> = [];
  i = 0;
  for (const s of model.sources.values()) {
    sources.id[i] = tables.append(s.id);
    sources.title[i] = tables.append(s.title);
    sources.publisher[i] = tables.intern(s.publisher);
    sources.url[i] = tables.append(s.url);
    sources.archived[i] = tables.append(s.archived);
    sources.published[i] = tables.date(s.published);
    sources.accessed[i] = tables.date(s.accessed);
    collectExtras(sourceExtras, i, s, KNOWN.sources);
    i++;
  }

  const n = model.events.size;
  const events = {
    id: new Int32Array(n), title: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n),
    spanStart: new Float64Array(n), spanEnd: new Float64Array(n), order: new Float64Array(n), kind: new Int32Array(n), summary: new Int32Array(n),
    note: new Int32Array(n), locationName: new Int32Array(n), lat: new Float64Array(n), lon: new Float64Array(n),
  };
  const participants = new ListBuilder(n, 4 * n);
  const roles = new IntList(4 * n);
  const eventSources = new ListBuilder(n, n);
  const related = new ListBuilder(n);
  const relations = new IntList(n);
  const eventExtras: Array<[number, Record<string, unknown>]> = [];
  i = 0;
  for (const e of model.events.values()) {
    events.id[i] = tables.append(e.id);
    events.title[i] = tables.append(e.title);
    events.start[i] = tables.date(e.start);
    events.end[i] = tables.date(e.end);
    events.spanStart[i] = e.span.start;
    events.spanEnd[i] = e.span.end;
    events.order[i] = e.order ?? NaN;
    events.kind[i] = tables.intern(e.kind);
    events.summary[i] = tables.intern(e.summary);
    events.note[i] = tables.append(e.note);
    const { location } = e;
    events.locationName[i] = location ? tables.intern(location.name) : -1;
    events.lat[i] = location?.lat ?? NaN;
    events.lon[i] = location?.lon ?? NaN;
    for (const p of e.participants) {
      participants.values.push(tables.ref(actorRows, p.actor));
      roles.push(tables.intern(p.role));
    }
    participants.endRow();
    for (const id of e.sources) eventSources.values.push(tables.ref(sourceRows, id));
    eventSources.endRow();
    for (const r of e.related) {
      related.values.push(tables.ref(eventRows, r.event));
      relations.push(tables.intern(r.relation));
    }
    related.endRow();
    collectExtras(eventExtras, i, e, KNOWN.events);
    i++;
  }

  const eventsPart: EventsPart = {
    kind: 'events', ...tables.take(), meta: model.meta, extent: model.extent, eventKindCounts: [...model.eventKindCounts],
    statementCount: model.statements.size,
    actors: { ...actors, affiliations: affiliations.build(), aliases: aliases.build() },
    sources,
    events: { ...events, participants: participants.build(), roles: roles.toArray(), sources: eventSources.build(), related: related.build(), relations: relations.toArray() },
    eventOrder: orderRows(model.eventOrder, eventRows),
    extras: { actors: actorExtras, sources: sourceExtras, events: eventExtras },
  };
  yield { part: eventsPart, transfer: collectBuffers(eventsPart) };

  const statementRows = rowsOf(model.statements);
  // `about` names any kind of entity: a row among the actors, events, sources and statements in turn.
  const aboutRef = (id: string): Ref => {
    let row = eventRows.get(id);
    if (row !== undefined) return na + row;
    row = actorRows.get(id);
    if (row !== undefined) return row;
    row = sourceRows.get(id);
    if (row !== undefined) return na + n + row;
    row = statementRows.get(id);
    if (row !== undefined) return na + n + ns + row;
    return -2 - tables.intern(id);
  };
  const m = model.statements.size;
  const statements = {
    id: new Int32Array(m), speaker: new Int32Array(m), date: new Int32Array(m), order: new Float64Array(m), text: new Int32Array(m),
    verbatim: new Uint8Array(m), translated: new Uint8Array(m), event: new Int32Array(m), language: new Int32Array(m),
    setting: new Int32Array(m), note: new Int32Array(m), source: new Int32Array(m), locator: new Int32Array(m),
  };
  const about = new ListBuilder(m, 2 * m);
  const statementExtras: Array<[number, Record<string, unknown>]> = [];
  i = 0;
  for (const s of model.statements.values()) {
    statements.id[i] = tables.append(s.id);
    statements.speaker[i] = tables.ref(actorRows, s.speaker);
    statements.date[i] = tables.date(s.date);
    statements.order[i] = s.order ?? NaN;
    // Quotes are interned: a line repeated across statements (a slogan, a refrain) is stored once.
    statements.text[i] = tables.intern(s.text);
    statements.verbatim[i] = s.mode === 'verbatim' ? 1 : 0;
    statements.translated[i] = s.translated ? 1 : 0;
    statements.event[i] = tables.ref(eventRows, s.event);
    statements.language[i] = tables.intern(s.language);
    statements.setting[i] = tables.intern(s.setting);
    statements.note[i] = tables.append(s.note);
    statements.source[i] = tables.ref(sourceRows, s.source?.source);
    statements.locator[i] = tables.intern(s.source?.locator);
    for (const id of s.about) about.values.push(aboutRef(id));
    about.endRow();
    collectExtras(statementExtras, i, s, KNOWN.statements);
    i++;
  }

  const modelExtras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(model)) if (!KNOWN.model.has(key) && value !== undefined) modelExtras[key] = value;
  const statementsPart: StatementsPart = {
    kind: 'statements', ...tables.take(), statements: { ...statements, about: about.build() },
    statementOrder: orderRows(model.statementOrder, statementRows),
    extras: { statements: statementExtras, model: modelExtras },
  };
  yield { part: statementsPart, transfer: collectBuffers(statementsPart) };
}

/** Packs a normalized model in one go (tests, tools): both parts, and every buffer to transfer. */
export function packModel(model: Model): { pack: ModelPack; transfer: ArrayBuffer[] } {
  const [first, second] = [...packModelInParts(model)] as [{ part: EventsPart; transfer: ArrayBuffer[] }, { part: StatementsPart; transfer: ArrayBuffer[] }];
  return { pack: { parts: [first.part, second.part] }, transfer: [...first.transfer, ...second.transfer] };
}

/** An order of ids as rows of their table. */
function orderRows(order: readonly string[], rows: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = rows.get(order[k] as string);
    if (row === undefined) throw new Error(`The order names ${order[k]}, which is not in its table`);
    out[k] = row;
  }
  return out;
}

/** Every typed array's buffer in the part, once. */
function collectBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const child of Object.values(value)) collectBuffers(child, found);
  }
  return [...found];
}
