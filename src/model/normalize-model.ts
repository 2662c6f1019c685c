import type { DateReader } from './find-date-problems.ts';
import type { IdDefinition, IdLookup } from './find-duplicate-ids.ts';
import type { ModelFile, StoryStepEntry, ViewEntry } from './model-file-schema.ts';
import { createBacklinkMap } from './create-backlink-map.ts';
import { createKindOfMap } from './create-kind-of-map.ts';
import { createLazyMap } from './create-lazy-map.ts';
import { createEventIndexes, createStatementIndexes } from './create-model-indexes.ts';
import { normalizePositions } from './normalize-positions.ts';
import { readPartialDate } from './partial-date.ts';
import type {
  Actor, ActorId, EntityId, EntityKind, EventId, Model, ModelSelection, ModelView, PartialDate, Source,
  SourceId, Statement, StatementId, StoryFilters, StoryStep, TimelineEvent, TimeSpan,
} from './types.ts';

/** A normalized model and, when asked for, the ids of its file as the warnings read them (`findWarnings`). */
export interface NormalizedFile {
  readonly model: Model;
  /** Every id by its definition, actors marked `referred` when some reference names them. */
  readonly ids?: IdLookup;
}

/** Thrown inside the walk at the first error; caught by normalizeIfNoErrors. Never escapes. */
class Faulty extends Error {}
const FAULTY = new Faulty('the file has errors');

/**
 * Turns a file that passed the shape check into the read-only `Model` (tables by id in file order,
 * dates as intervals, ordered id lists and the indexes views need) and checks, in the same walk, all
 * that `validateModel` checks beyond the shape: ids unique across collections, dates that exist and
 * ranges that do not end before they start, references to an id of the right kind (an event not
 * related to itself), views and story steps that select at most one thing, and positions (evidence
 * said by their date, one per actor, topic and moment). Undefined at the first error: it only says
 * whether the file is valid, and `validateModel`'s explaining checks then say what is wrong.
 * `withIds` also gives the file's ids for the warnings. `lazyIndexes` builds the indexes by actor,
 * speaker, occasion and subject on first read, for a caller that only passes the model on (the model
 * worker packs it without them and the page rebuilds them; ~0.2 s of its time at 100,000 events).
 *
 * One walk rather than one per check: at 100,000 events six walks over the entities (and a map of
 * every id that each reference was looked up in) were most of the time a valid file spent in the
 * validator. A reference is looked up in the table of its kind, which normalizing builds anyway (the
 * 400 actors that 300,000 participants name stay in the cache; a map of all 175,000 ids does not),
 * and an id is looked up in the tables of the other kinds built before it. Collections are read in the
 * order that lets most references be checked on the spot; the few that can name a later entry (an
 * event related to a later one, a statement about a later one) are checked after their collection.
 */
export function normalizeIfNoErrors(file: ModelFile, readDate: DateReader, { withIds = false, lazyIndexes = false } = {}): NormalizedFile | undefined {
  try {
    return normalizeWalk(file, readDate, withIds, lazyIndexes);
  } catch (error) {
    if (error instanceof Faulty) return undefined;
    throw error;
  }
}

/**
 * normalizeIfNoErrors for a file already known to be valid (tests, tools): throws when it is not.
 * Call it through `validateModel` for a file from elsewhere.
 */
export function normalizeModel(file: ModelFile, readDate: DateReader = readPartialDate): Model {
  const normalized = normalizeIfNoErrors(file, readDate);
  if (!normalized) throw new Error('normalizeModel: the file has errors; validateModel says which');
  return normalized.model;
}

/** Whether `table` has an entry by `id`, whatever kind of id it is keyed by. */
function has(table: ReadonlyMap<string, unknown>, id: string): boolean {
  return table.has(id);
}

/** Throws FAULTY unless a reference names an entry of `table`. */
function expectIn(table: ReadonlyMap<string, unknown>, id: string): void {
  if (!table.has(id)) throw FAULTY;
}

function normalizeWalk(file: ModelFile, readDate: DateReader, withIds: boolean, lazyIndexes: boolean): NormalizedFile {
  const date = (raw: string): PartialDate => {
    const reading = readDate(raw);
    if (!reading.ok) throw FAULTY;
    return reading.date;
  };
  const actors = new Map<ActorId, Actor>();
  // Only the warnings ask which actors are referred to (an actor nothing refers to is a slip).
  const referredActors = withIds ? new Set<string>() : undefined;
  const referActor = (id: string) => {
    expectIn(actors, id);
    referredActors?.add(id);
  };
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  const widen = (span: TimeSpan) => {
    if (span.start < extentStart) extentStart = span.start;
    if (span.end > extentEnd) extentEnd = span.end;
  };

  // A table whose size did not grow already had the id: a duplicate within the collection.
  const actorEntries = file.actors ?? [];
  for (let index = 0; index < actorEntries.length; index++) {
    const a = actorEntries[index]!;
    const id = a.id as ActorId;
    actors.set(id, {
      id, name: a.name, kind: a.kind, title: a.title, description: a.description,
      affiliations: (a.affiliations ?? []) as ActorId[], aliases: a.aliases ?? [],
    });
    if (actors.size === index) throw FAULTY;
  }
  // Affiliations may name actors further down the list: checked once all actors are known.
  for (const actor of actors.values()) for (let i = 0; i < actor.affiliations.length; i++) referActor(actor.affiliations[i]!);

  const sources = new Map<SourceId, Source>();
  const sourceEntries = file.sources ?? [];
  for (let index = 0; index < sourceEntries.length; index++) {
    const s = sourceEntries[index]!;
    const id = s.id as SourceId;
    if (has(actors, id)) throw FAULTY;
    sources.set(id, {
      id, title: s.title, publisher: s.publisher, url: s.url, archived: s.archived,
      published: s.published === undefined ? undefined : date(s.published),
      accessed: s.accessed === undefined ? undefined : date(s.accessed),
    });
    if (sources.size === index) throw FAULTY;
  }

  const events = new Map<EventId, TimelineEvent>();
  // Counted here, in a loop that runs anyway, rather than by the filter bar in its first render:
  // a pass over 10,000 events of its own cost the first paint ~20 ms (2026-11-27).
  const eventKindCounts = new Map<string, number>();
  const laterEvents: string[] = [];
  const eventEntries = file.events ?? [];
  for (let index = 0; index < eventEntries.length; index++) {
    const e = eventEntries[index]!;
    const id = e.id as EventId;
    if (has(actors, id) || has(sources, id)) throw FAULTY;
    const start = date(e.start);
    const end = e.end === undefined ? undefined : date(e.end);
    if (end && end.end <= start.start) throw FAULTY;
    const participants = (e.participants ?? []) as unknown as TimelineEvent['participants'];
    for (let i = 0; i < participants.length; i++) referActor(participants[i]!.actor);
    const eventSources = (e.sources ?? []) as SourceId[];
    for (let i = 0; i < eventSources.length; i++) expectIn(sources, eventSources[i]!);
    const related = (e.related ?? []) as unknown as TimelineEvent['related'];
    for (let i = 0; i < related.length; i++) {
      const other = related[i]!.event;
      if (other === id) throw FAULTY;
      if (!has(events, other)) laterEvents.push(other);
    }
    const span = { start: start.start, end: end === undefined ? start.end : Math.max(start.end, end.end) };
    widen(span);
    events.set(id, {
      id, title: e.title, start, end, span, order: e.order, kind: e.kind, summary: e.summary,
      location: e.location, note: e.note, participants, sources: eventSources, related,
    });
    if (events.size === index) throw FAULTY;
    eventKindCounts.set(e.kind, (eventKindCounts.get(e.kind) ?? 0) + 1);
  }
  for (let i = 0; i < laterEvents.length; i++) expectIn(events, laterEvents[i]!);

  const statements = new Map<StatementId, Statement>();
  const laterStatements: string[] = [];
  const statementEntries = file.statements ?? [];
  for (let index = 0; index < statementEntries.length; index++) {
    const s = statementEntries[index]!;
    const id = s.id as StatementId;
    if (has(actors, id) || has(sources, id) || has(events, id)) throw FAULTY;
    const said = date(s.date);
    widen(said);
    referActor(s.speaker);
    if (s.event !== undefined) expectIn(events, s.event);
    const about = (s.about ?? []) as EntityId[];
    for (let i = 0; i < about.length; i++) {
      const other = about[i]!;
      if (has(events, other)) continue;
      if (has(actors, other)) referredActors?.add(other);
      else if (!has(statements, other)) laterStatements.push(other);
    }
    if (s.source !== undefined) expectIn(sources, s.source.source);
    statements.set(id, {
      id, speaker: s.speaker as ActorId, date: said, order: s.order, text: s.text, mode: s.mode,
      event: s.event as EventId | undefined, about, language: s.language,
      translated: s.translated ?? false, setting: s.setting, source: s.source as Statement['source'], note: s.note,
    });
    if (statements.size === index) throw FAULTY;
  }
  for (let i = 0; i < laterStatements.length; i++) expectIn(statements, laterStatements[i]!);

  const positionTables = normalizePositions(file, date);
  const { topics, positions } = positionTables;
  const earlier = [actors, sources, events, statements] as const;
  if (topics.size !== (file.topics?.length ?? 0) || positions.size !== (file.positions?.length ?? 0)) throw FAULTY;
  for (const id of topics.keys()) for (const table of earlier) if (has(table, id)) throw FAULTY;
  // actor + topic + start: two positions there would leave which one holds to a guess.
  const taken = new Set<string>();
  for (const p of positions.values()) {
    if (has(topics, p.id)) throw FAULTY;
    for (const table of earlier) if (has(table, p.id)) throw FAULTY;
    widen(p.date);
    referActor(p.actor);
    expectIn(topics, p.topic);
    for (let i = 0; i < p.evidence.length; i++) {
      // Evidence said after the date a position holds from cannot show it.
      const statement = statements.get(p.evidence[i]!);
      if (!statement || statement.date.start >= p.date.end) throw FAULTY;
    }
    const key = `${p.actor}\u0000${p.topic}\u0000${p.date.start}`;
    if (taken.has(key)) throw FAULTY;
    taken.add(key);
  }

  const select = (selection: ModelSelection) => {
    if (selection.kind === 'actor') referActor(selection.id);
    else expectIn(selection.kind === 'event' ? events : statements, selection.id);
  };
  const view = file.view && normalizeView(file.view, date);
  if (view?.selection) select(view.selection);
  const steps = file.story?.steps ?? [];
  const story = steps.length === 0 ? undefined : steps.map((step): StoryStep => {
    const filters = step.filters;
    if (filters) {
      for (const actor of filters.actors ?? []) referActor(actor);
      const since = filters.since === undefined ? undefined : date(filters.since);
      const until = filters.until === undefined ? undefined : date(filters.until);
      if (since && until && until.end <= since.start) throw FAULTY;
    }
    const window = normalizeView(step, date);
    if (window.selection) select(window.selection);
    return { ...window, title: step.title, text: step.text, ...(filters && { filters: filters as StoryFilters }) };
  });
  const updated = date(file.updated);

  // The indexes below walk these sorted objects rather than looking each id up again: at 100,000
  // events the lookups by id were most of normalizing's time.
  // `order` ranks only items that start at the same moment (two dates of one day without a time, or a
  // month and its first day): it is compared after the start, so it can never contradict a clock time
  // or move an item across another's start, and every list stays sorted by start, as the timeline's
  // interval indexes expect. Within equal starts it comes before the end: it says which began first.
  const eventsInOrder = [...events.values()]
    .sort((a, b) =>
      a.span.start - b.span.start || (a.order ?? 0) - (b.order ?? 0) || a.span.end - b.span.end ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eventOrder = eventsInOrder.map((e) => e.id);
  // Array.prototype.sort is stable, so equal dates and orders keep file order.
  const statementsInOrder = [...statements.values()].sort((a, b) => a.date.start - b.date.start || (a.order ?? 0) - (b.order ?? 0));
  const statementOrder = statementsInOrder.map((s) => s.id);

  let statementIndexes: ReturnType<typeof createStatementIndexes> | undefined;
  const statementIndex = () => (statementIndexes ??= createStatementIndexes(actors.keys(), statementsInOrder));
  const index = <K, V>(build: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> => (lazyIndexes ? createLazyMap(build as () => Map<K, V>) : build());
  const eventsByActor = index(() => createEventIndexes(actors.keys(), eventsInOrder).eventsByActor);
  const statementsBySpeaker = index(() => statementIndex().statementsBySpeaker);
  const statementsAtEvent = index(() => statementIndex().statementsAtEvent);
  const statementsAbout = index(() => statementIndex().statementsAbout);

  // Only the detail panel asks an id's kind, and only detail views read backlinks: both are built on
  // first use, not for every id before the first paint.
  const kindOf = createLazyMap(() => createKindOfMap({ actors, events, statements, sources, topics, positions }));
  const backlinks = createLazyMap(() => createBacklinkMap({ actors, events, statements, positions }));

  const extent: TimeSpan | undefined = extentStart <= extentEnd ? { start: extentStart, end: extentEnd } : undefined;
  const model: Model = {
    meta: {
      format: file.format, id: file.id, title: file.title, description: file.description,
      language: file.language, updated, license: file.license,
    },
    actors, events, statements, sources, kindOf, eventOrder, statementOrder,
    actorOrder: [...actors.keys()], eventsByActor, statementsBySpeaker, statementsAtEvent,
    statementsAbout, eventKindCounts, backlinks, extent, ...positionTables, ...(view && { view }),
    ...(story && { story }),
  };
  return { model, ids: referredActors && createIdLookup(model, referredActors) };
}

/**
 * The ids of a valid file by kind and index in their collection, as findDuplicateIds gives them, read
 * from the model's tables when asked. A map of every id (175,000 at 100,000 events, each with its
 * definition) cost the validator ~0.2 s, and the warnings ask only for actors, for the events that
 * statements were said at and for what the view selects; a table's positions are counted the first
 * time one of its ids is asked for.
 */
function createIdLookup(model: Model, referredActors: ReadonlySet<string>): IdLookup {
  const tables: ReadonlyArray<readonly [ReadonlyMap<string, unknown>, EntityKind]> = [
    [model.actors, 'actor'], [model.events, 'event'], [model.statements, 'statement'],
    [model.sources, 'source'], [model.topics, 'topic'], [model.positions, 'position'],
  ];
  const positions = new Map<EntityKind, Map<string, number>>();
  const positionIn = (table: ReadonlyMap<string, unknown>, kind: EntityKind, id: string) => {
    let index = positions.get(kind);
    if (!index) {
      index = new Map();
      for (const key of table.keys()) index.set(key, index.size);
      positions.set(kind, index);
    }
    return index.get(id) as number;
  };
  return {
    get: (id) => {
      for (const [table, kind] of tables) {
        if (table.has(id)) return { kind, index: positionIn(table, kind, id), referred: kind === 'actor' && referredActors.has(id) } satisfies IdDefinition;
      }
      return undefined;
    },
  };
}

/**
 * The file's `view` (or a story step's window and selection) with its dates read, checked (a window
 * that ends before it starts, more than one thing selected) and its selection as a kind and id.
 */
function normalizeView(entry: ViewEntry | StoryStepEntry, date: (raw: string) => PartialDate): ModelView {
  const from = date(entry.from);
  const to = date(entry.to);
  // A window runs from the start of `from` to the end of `to`.
  if (to.end <= from.start) throw FAULTY;
  const named = (entry.event !== undefined ? 1 : 0) + (entry.statement !== undefined ? 1 : 0) + (entry.actor !== undefined ? 1 : 0);
  if (named > 1) throw FAULTY;
  const selection: ModelSelection | undefined =
    entry.event !== undefined ? { kind: 'event', id: entry.event as EventId }
    : entry.statement !== undefined ? { kind: 'statement', id: entry.statement as StatementId }
    : entry.actor !== undefined ? { kind: 'actor', id: entry.actor as ActorId }
    : undefined;
  return { from, to, ...(selection && { selection }) };
}
