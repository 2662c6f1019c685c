import type { DateReader } from './find-date-problems.ts';
import type { ModelFile, StoryStepEntry, ViewEntry } from './model-file-schema.ts';
import { createLazyMap } from './create-lazy-map.ts';
import { normalizePositions } from './normalize-positions.ts';
import { readPartialDate } from './partial-date.ts';
import type {
  Actor, ActorId, Backlink, EntityId, EntityKind, EventId, Model, ModelSelection, ModelView, PartialDate, Participant,
  Source, SourceId, Statement, StatementId, StoryFilters, StoryStep, TimelineEvent, TimeSpan,
} from './types.ts';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

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
      kind: e.kind, summary: e.summary, location: e.location, note: e.note,
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
      id, speaker: s.speaker as ActorId, date: date(s.date), text: s.text, mode: s.mode,
      event: s.event as EventId | undefined, about: (s.about ?? []) as EntityId[], language: s.language,
      translated: s.translated ?? false, setting: s.setting, source: s.source as Statement['source'], note: s.note,
    });
  }

  const eventOrder = [...events.values()]
    .sort((a, b) =>
      a.span.start - b.span.start || a.span.end - b.span.end ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
  // Array.prototype.sort is stable, so equal dates keep file order.
  const statementOrder = [...statements.values()].sort((a, b) => a.date.start - b.date.start).map((s) => s.id);

  const eventsByActor = new Map<ActorId, EventId[]>([...actors.keys()].map((id) => [id, []]));
  for (const id of eventOrder) {
    const participants = events.get(id)?.participants ?? [];
    for (let i = 0; i < participants.length; i++) {
      const actor = (participants[i] as Participant).actor;
      // An actor listed twice in one event is indexed once.
      let repeated = false;
      for (let k = 0; k < i; k++) if ((participants[k] as Participant).actor === actor) repeated = true;
      if (!repeated) pushTo(eventsByActor, actor, id);
    }
  }
  const statementsBySpeaker = new Map<ActorId, StatementId[]>([...actors.keys()].map((id) => [id, []]));
  // Only events with statements have an entry: an empty list for each of 10,000 events was 20,000
  // allocations before the first paint.
  const statementsAtEvent = new Map<EventId, StatementId[]>();
  const statementsAbout = new Map<EntityId, StatementId[]>();
  for (const id of statementOrder) {
    const s = statements.get(id);
    if (!s) continue;
    pushTo(statementsBySpeaker, s.speaker, id);
    if (s.event) pushTo(statementsAtEvent, s.event, id);
    for (let i = 0; i < s.about.length; i++) {
      const about = s.about[i] as EntityId;
      if (s.about.indexOf(about) === i) pushTo(statementsAbout, about, id);
    }
  }

  const positionTables = normalizePositions(file, date);
  const { topics, positions } = positionTables;

  // Only the detail panel asks an id's kind: built on first use, not for every id before the first paint.
  const kindOf = createLazyMap(() => {
    const map = new Map<string, EntityKind>();
    for (const id of actors.keys()) map.set(id, 'actor');
    for (const id of sources.keys()) map.set(id, 'source');
    for (const id of events.keys()) map.set(id, 'event');
    for (const id of statements.keys()) map.set(id, 'statement');
    for (const id of topics.keys()) map.set(id, 'topic');
    for (const id of positions.keys()) map.set(id, 'position');
    return map;
  });

  // Only detail views read backlinks, so they are built on first use.
  const backlinks = createLazyMap(() => {
    const map = new Map<EntityId, Backlink[]>();
    const link = (to: string, from: string, fromKind: EntityKind, field: string) =>
      pushTo(map, to as EntityId, { from: from as EntityId, fromKind, field });
    for (const a of actors.values()) for (const other of a.affiliations) link(other, a.id, 'actor', 'affiliations');
    for (const e of events.values()) {
      for (const p of e.participants) link(p.actor, e.id, 'event', 'participants');
      for (const source of e.sources) link(source, e.id, 'event', 'sources');
      for (const r of e.related) link(r.event, e.id, 'event', 'related');
    }
    for (const s of statements.values()) {
      link(s.speaker, s.id, 'statement', 'speaker');
      if (s.event !== undefined) link(s.event, s.id, 'statement', 'event');
      for (const about of s.about) link(about, s.id, 'statement', 'about');
      if (s.source) link(s.source.source, s.id, 'statement', 'source');
    }
    for (const p of positions.values()) {
      link(p.actor, p.id, 'position', 'actor');
      link(p.topic, p.id, 'position', 'topic');
      for (const statement of p.evidence) link(statement, p.id, 'position', 'evidence');
    }
    return map;
  });

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
