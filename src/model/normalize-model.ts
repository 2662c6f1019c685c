import type { DateReader } from './find-date-problems.ts';
import type { ModelFile, StoryStepEntry, ViewEntry } from './model-file-schema.ts';
import { createBacklinkMap } from './create-backlink-map.ts';
import { createKindOfMap } from './create-kind-of-map.ts';
import { createLazyMap } from './create-lazy-map.ts';
import { createEventIndexes, createStatementIndexes } from './create-model-indexes.ts';
import { normalizePositions } from './normalize-positions.ts';
import { readPartialDate } from './partial-date.ts';
import type {
  Actor, ActorId, EntityId, EventId, Model, ModelSelection, ModelView, PartialDate, Source, SourceId,
  Statement, StatementId, StoryFilters, StoryStep, TimelineEvent, TimeSpan,
} from './types.ts';

/**
 * Turns a model file that passed every check of `validateModel` into the read-only `Model`:
 * tables by id in file order, dates as intervals, ordered id lists and the indexes views need.
 * Throws on a file with impossible dates; call it through `validateModel`.
 */
export function normalizeModel(file: ModelFile, readDate: DateReader = readPartialDate): Model {
  const date = (raw: string): PartialDate => {
    const reading = readDate(raw);
    if (!reading.ok) throw new Error(`normalizeModel: impossible date "${raw}" (${reading.reason})`);
    return reading.date;
  };

  const actors = new Map<ActorId, Actor>();
  for (const a of file.actors ?? []) {
    const id = a.id as ActorId;
    actors.set(id, {
      id, name: a.name, kind: a.kind, title: a.title, description: a.description,
      affiliations: (a.affiliations ?? []) as ActorId[], aliases: a.aliases ?? [],
    });
  }

  const sources = new Map<SourceId, Source>();
  for (const s of file.sources ?? []) {
    const id = s.id as SourceId;
    sources.set(id, {
      id, title: s.title, publisher: s.publisher, url: s.url, archived: s.archived,
      published: s.published === undefined ? undefined : date(s.published),
      accessed: s.accessed === undefined ? undefined : date(s.accessed),
    });
  }

  const events = new Map<EventId, TimelineEvent>();
  // Counted here, in a loop that runs anyway, rather than by the filter bar in its first render:
  // a pass over 10,000 events of its own cost the first paint ~20 ms (2026-11-27).
  const eventKindCounts = new Map<string, number>();
  for (const e of file.events ?? []) {
    const id = e.id as EventId;
    const start = date(e.start);
    const end = e.end === undefined ? undefined : date(e.end);
    events.set(id, {
      id, title: e.title, start, end, span: { start: start.start, end: end === undefined ? start.end : Math.max(start.end, end.end) },
      order: e.order, kind: e.kind, summary: e.summary, location: e.location, note: e.note,
      participants: (e.participants ?? []) as unknown as TimelineEvent['participants'],
      sources: (e.sources ?? []) as SourceId[],
      related: (e.related ?? []) as unknown as TimelineEvent['related'],
    });
    eventKindCounts.set(e.kind, (eventKindCounts.get(e.kind) ?? 0) + 1);
  }

  const statements = new Map<StatementId, Statement>();
  for (const s of file.statements ?? []) {
    const id = s.id as StatementId;
    statements.set(id, {
      id, speaker: s.speaker as ActorId, date: date(s.date), order: s.order, text: s.text, mode: s.mode,
      event: s.event as EventId | undefined, about: (s.about ?? []) as EntityId[], language: s.language,
      translated: s.translated ?? false, setting: s.setting, source: s.source as Statement['source'], note: s.note,
    });
  }

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

  const { eventsByActor } = createEventIndexes(actors.keys(), eventsInOrder);
  const { statementsBySpeaker, statementsAtEvent, statementsAbout } = createStatementIndexes(actors.keys(), statementsInOrder);

  const positionTables = normalizePositions(file, date);
  const { topics, positions } = positionTables;

  // Only the detail panel asks an id's kind, and only detail views read backlinks: both are built on
  // first use, not for every id before the first paint.
  const kindOf = createLazyMap(() => createKindOfMap({ actors, events, statements, sources, topics, positions }));
  const backlinks = createLazyMap(() => createBacklinkMap({ actors, events, statements, positions }));

  let extent: TimeSpan | undefined;
  const widen = (start: number, end: number) => {
    extent = extent ? { start: Math.min(extent.start, start), end: Math.max(extent.end, end) } : { start, end };
  };
  for (const e of events.values()) widen(e.span.start, e.span.end);
  for (const s of statements.values()) widen(s.date.start, s.date.end);
  // A stance strip runs from each position on: the timeline reaches the latest of them.
  for (const p of positions.values()) widen(p.date.start, p.date.end);

  const view = file.view && normalizeView(file.view, date);
  const story = file.story?.steps.length === 0 ? undefined : file.story?.steps.map((step): StoryStep => ({
    ...normalizeView(step, date),
    title: step.title,
    text: step.text,
    ...(step.filters && { filters: step.filters as StoryFilters }),
  }));

  return {
    meta: {
      format: file.format, id: file.id, title: file.title, description: file.description,
      language: file.language, updated: date(file.updated), license: file.license,
    },
    actors, events, statements, sources, kindOf, eventOrder, statementOrder,
    actorOrder: [...actors.keys()], eventsByActor, statementsBySpeaker, statementsAtEvent,
    statementsAbout, eventKindCounts, backlinks, extent, ...positionTables, ...(view && { view }),
    ...(story && { story }),
  };
}

/** The file's `view` with its dates read and its selection (at most one, as validated) as a kind and id. */
function normalizeView(entry: ViewEntry | StoryStepEntry, date: (raw: string) => PartialDate): ModelView {
  const selection: ModelSelection | undefined =
    entry.event !== undefined ? { kind: 'event', id: entry.event as EventId }
    : entry.statement !== undefined ? { kind: 'statement', id: entry.statement as StatementId }
    : entry.actor !== undefined ? { kind: 'actor', id: entry.actor as ActorId }
    : undefined;
  return { from: date(entry.from), to: date(entry.to), ...(selection && { selection }) };
}
