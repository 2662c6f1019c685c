import type { ActorId, DatePrecision, EventId, Model, Participant, StatementId, TimelineEvent, TimeSpan } from '../../model/types';
import type { VisibleItems } from '../../selectors/select-visible-items';
import { layoutLanes, OTHER_LANE_KEY, type Lane } from '../layout/layout-lanes';
import { createTimeIndex, type TimeIndex } from '../layout/create-time-index';
import { ZOOM_LIMITS } from '../layout/zoom-scale-extent';
import { maxOverlapDepth } from './max-overlap-depth';
import { SCENE } from './scene-geometry';
import { runSteps, STEP_ITEMS, type Steps } from './run-steps';

export type TrackMode = 'actors' | 'compact';

/** One thing drawn on a track: an event (in one of its lanes) or a statement's quote marker. */
export interface TrackItem {
  readonly kind: 'event' | 'statement';
  readonly id: EventId | StatementId;
  readonly span: TimeSpan;
  readonly precision: DatePrecision;
  /** The event kind (for its glyph), or 'statement'. */
  readonly glyph: string;
  /** An event's title, for its label; a statement's words as the model has them, for its callout. */
  readonly label: string;
  /**
   * Which label wins when space is short: more statements and participants first. Of statements, which
   * one a cluster's callout quotes: verbatim words before a paraphrase, then the most answered.
   */
  readonly priority: number;
  /** For a statement: its words are a paraphrase (its callout shows them without quotation marks). */
  readonly paraphrase?: boolean;
  /** For events drawn in several lanes: true in the one lane that carries the label and the focus. */
  readonly primary: boolean;
  /** Colour of the actor this item is drawn for (lane actor or speaker). */
  readonly actor?: ActorId;
}

/** Items of one lane (or of the compact track), with interval indexes for culling to the window. */
export interface Track {
  readonly events: readonly TrackItem[];
  readonly statements: readonly TrackItem[];
  readonly eventIndex: TimeIndex;
  readonly statementIndex: TimeIndex;
  /** Event rows this lane needs: the most events it has open at one moment, plus one (at most MAX_ROWS_PER_LANE). */
  readonly rows: number;
}

/** What is read of the lanes of an event: only its lookup (the compact track answers it without a map). */
export interface LanesOfEvent {
  get(id: EventId): readonly number[] | undefined;
}

export interface TimelineTracks {
  readonly mode: TrackMode;
  /** Lanes top to bottom (one pseudo-lane in compact mode). */
  readonly lanes: readonly Lane[];
  readonly tracks: readonly Track[];
  /** Lane indexes each event is drawn in, top first (undefined for an event not drawn). */
  readonly lanesOfEvent: LanesOfEvent;
}

/** Rows of the compact track. */
export const COMPACT_ROWS = 10;

/** More lanes than this and people fold into their state's lane (one lane per state or group). */
export const MAX_ACTOR_LANES = 20;

/**
 * One lane per active actor, people under their state; when that is more than `maxLanes`, people
 * and organisations fold into their state's lane, so the lanes stay readable.
 */
export function layoutActorLanes(model: Model, maxLanes: number): ActorLanes {
  const cached = actorLanesCache.get(model);
  if (cached?.maxLanes === maxLanes) return cached.lanes;
  const lanes = computeActorLanes(model, maxLanes);
  actorLanesCache.set(model, { maxLanes, lanes });
  return lanes;
}

type ActorLanes = { lanes: readonly Lane[]; laneOfActor: ReadonlyMap<ActorId, number> };
/** Lanes depend only on the model: the default-mode check and the track builder share one layout. */
const actorLanesCache = new WeakMap<Model, { maxLanes: number; lanes: ActorLanes }>();

function computeActorLanes(model: Model, maxLanes: number): ActorLanes {
  const full = layoutLanes(model, { groupByState: true });
  if (full.lanes.length <= maxLanes) return full;
  const lanes = full.lanes.filter((lane) => lane.depth === 0);
  const indexOfKey = new Map(lanes.map((lane, i) => [lane.key, i]));
  const laneOfActor = new Map<ActorId, number>();
  for (const [actor, index] of full.laneOfActor) {
    const lane = full.lanes[index];
    const folded = lane && indexOfKey.get(lane.groupKey);
    if (folded !== undefined) laneOfActor.set(actor, folded);
  }
  return { lanes, laneOfActor };
}

/** A lane never grows beyond this many event rows; what does not fit is counted in clusters. */
export const MAX_ROWS_PER_LANE = 7;

/**
 * The narrowest plot the rows are sized for (a phone held upright, beside its lane names). At the
 * deepest zoom (ZOOM_LIMITS.minVisibleSpan across the plot) two moments closer than a mark and its gap
 * there are drawn as one stack, on rows of their own.
 */
const NARROWEST_PLOT = 180;
/** Moments closer than this take a row each: a mark and its gap at the deepest zoom of the narrowest plot. */
export const MOMENT_ROOM = (ZOOM_LIMITS.minVisibleSpan * (2 * SCENE.markRadius + SCENE.clusterGap)) / NARROWEST_PLOT;

/**
 * One row per item open at the lane's busiest moment, so that zoomed in far enough each is drawn on
 * its own (talks running 27 June – 14 July and an agreement on 14 July need two), plus one for labels
 * to spill into, within the lane maximum.
 */
function rowsForLane(eventSpans: readonly TimeSpan[]): number {
  // A moment with MAX_ROWS_PER_LANE - 1 items already fills the lane: no need to count further.
  const busiest = maxOverlapDepth(eventSpans, MOMENT_ROOM, MAX_ROWS_PER_LANE - 1);
  return Math.min(MAX_ROWS_PER_LANE, busiest > 1 ? busiest + 1 : busiest);
}

/** The spans of items, in their order: what the interval index and the row count read. */
function spansOf(items: readonly TrackItem[]): TimeSpan[] {
  const spans = new Array<TimeSpan>(items.length);
  for (let i = 0; i < items.length; i++) spans[i] = items[i]!.span;
  return spans;
}

function createTrack(events: TrackItem[], statements: TrackItem[], eventSpans: readonly TimeSpan[], rows: number): Track {
  return {
    events,
    statements,
    eventIndex: createTimeIndex(eventSpans),
    statementIndex: createTimeIndex(spansOf(statements)),
    rows: Math.max(1, rows),
  };
}

function eventPriority(model: Model, event: TimelineEvent): number {
  const said = model.statementsAtEvent.get(event.id)?.length ?? 0;
  const about = model.statementsAbout.get(event.id)?.length ?? 0;
  return 3 * said + 2 * about + event.participants.length + event.related.length;
}

/** Verbatim before paraphrase whatever the answers: a callout is there to show a speaker's own words. */
const VERBATIM_FIRST = 1_000_000;

function statementItem(model: Model, id: StatementId): TrackItem | undefined {
  const s = model.statements.get(id);
  if (!s) return undefined;
  const paraphrase = s.mode === 'paraphrase';
  // Answers to the quote itself, and to the event it was said at (replies often name the occasion:
  // "Putin's statement was very promising"), so the quote others responded to leads its cluster.
  const direct = model.statementsAbout.get(id)?.length ?? 0;
  const toOccasion = s.event ? (model.statementsAbout.get(s.event)?.length ?? 0) : 0;
  const answers = Math.min(direct + toOccasion, VERBATIM_FIRST - 1);
  return { kind: 'statement', id, span: s.date, precision: s.date.precision, glyph: 'statement', label: s.text, priority: (paraphrase ? 0 : VERBATIM_FIRST) + answers, primary: true, actor: s.speaker, paraphrase };
}

/**
 * Distributes the visible events and statements over tracks: in `actors` mode one lane per actor,
 * an event in the lane of each participant (labelled once, in the top one), a statement in its
 * speaker's lane; in `compact` mode everything on one track. Computed once per model, filters and mode.
 */
export function buildTimelineTracks(model: Model, visible: VisibleItems, mode: TrackMode, maxLanes = MAX_ACTOR_LANES): TimelineTracks {
  return runSteps(buildTimelineTracksInSteps(model, visible, mode, maxLanes));
}

/** buildTimelineTracks, yielding every STEP_ITEMS items: at 100,000 events it is a few hundred ms. */
export function buildTimelineTracksInSteps(model: Model, visible: VisibleItems, mode: TrackMode, maxLanes = MAX_ACTOR_LANES): Steps<TimelineTracks> {
  return mode === 'compact' ? buildCompactTrack(model, visible) : buildActorTracks(model, visible, maxLanes);
}

// This runs once, cold, before the first paint: each loop over the items is a function of its own, so
// the engine can optimise it while it runs without discarding that work when the next loop starts.
// The generators only walk the ranges; the loops stay in plain functions.

/** The compact track's single lane: one object, so that a scene laid out before a filter changed still fits. */
const COMPACT_LANE: Lane = { key: 'all', label: 'All events', depth: 0, groupKey: 'all' };

/** The compact track's lanes of an event: every event drawn is in its one lane. */
const ONLY_LANE: readonly number[] = Object.freeze([0]);

/**
 * The compact track's lookup: not a map of 100,000 entries that all say [0], since the visible set
 * already answers which events are drawn. It reads the set when asked (a walk by keyboard), not when
 * built: the set is made on first use. (A class, so that two built from the same items are equal.)
 */
class CompactLanesOfEvent implements LanesOfEvent {
  constructor(
    private readonly model: Model,
    private readonly visible: VisibleItems,
  ) {}
  get(id: EventId): readonly number[] | undefined {
    return this.visible.eventSet.has(id) && this.model.events.has(id) ? ONLY_LANE : undefined;
  }
}

function* buildCompactTrack(model: Model, visible: VisibleItems): Steps<TimelineTracks> {
  const events: TrackItem[] = [];
  const ids = visible.events;
  for (let from = 0; from < ids.length; from += STEP_ITEMS) {
    compactEvents(model, ids, from, Math.min(ids.length, from + STEP_ITEMS), events);
    yield;
  }
  const lanesOfEvent = new CompactLanesOfEvent(model, visible);
  const statements = yield* statementItems(model, visible.statements);
  const track = createTrack(events, statements, spansOf(events), Math.min(COMPACT_ROWS, events.length));
  return { mode: 'compact', lanes: [COMPACT_LANE], tracks: [track], lanesOfEvent };
}

function compactEvents(model: Model, ids: readonly EventId[], from: number, to: number, events: TrackItem[]): void {
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const e = model.events.get(id);
    if (!e) continue;
    events.push({ kind: 'event', id, span: e.span, precision: e.start.precision, glyph: e.kind, label: e.title, priority: eventPriority(model, e), primary: true });
  }
}

function* statementItems(model: Model, ids: readonly StatementId[]): Steps<TrackItem[]> {
  const items: TrackItem[] = [];
  for (let from = 0; from < ids.length; from += STEP_ITEMS) {
    statementItemsIn(model, ids, from, Math.min(ids.length, from + STEP_ITEMS), items);
    yield;
  }
  return items;
}

function statementItemsIn(model: Model, ids: readonly StatementId[], from: number, to: number, items: TrackItem[]): void {
  for (let i = from; i < to; i++) {
    const item = statementItem(model, ids[i]!);
    if (item) items.push(item);
  }
}

function* buildActorTracks(model: Model, visible: VisibleItems, maxLanes: number): Steps<TimelineTracks> {
  const { lanes, laneOfActor } = layoutActorLanes(model, maxLanes);
  const { events, lanesOfEvent } = yield* distributeEvents(model, visible.events, lanes, laneOfActor);
  const statements = yield* distributeStatements(model, visible.statements, lanes.length, laneOfActor);
  const tracks: Track[] = [];
  for (let lane = 0; lane < lanes.length; lane++) {
    const eventSpans = spansOf(events[lane]!);
    tracks.push(createTrack(events[lane]!, statements[lane]!, eventSpans, rowsForLane(eventSpans)));
    if (events[lane]!.length > STEP_ITEMS) yield;
  }
  return { mode: 'actors', lanes, tracks, lanesOfEvent };
}

/** Each event in the lane of each participant. */
function* distributeEvents(model: Model, ids: readonly EventId[], lanes: readonly Lane[], laneOfActor: ReadonlyMap<ActorId, number>) {
  const otherLane = lanes.findIndex((l) => l.key === OTHER_LANE_KEY);
  const events: TrackItem[][] = [];
  const laneActors: (ActorId | undefined)[] = [];
  for (let lane = 0; lane < lanes.length; lane++) {
    events.push([]);
    laneActors.push(lanes[lane]!.actorId);
  }
  const lanesOfEvent = new Map<EventId, number[]>();
  for (let from = 0; from < ids.length; from += STEP_ITEMS) {
    distributeEventsIn(model, ids, from, Math.min(ids.length, from + STEP_ITEMS), otherLane, laneActors, laneOfActor, events, lanesOfEvent);
    yield;
  }
  return { events, lanesOfEvent };
}

function distributeEventsIn(
  model: Model, ids: readonly EventId[], from: number, to: number, otherLane: number, laneActors: readonly (ActorId | undefined)[],
  laneOfActor: ReadonlyMap<ActorId, number>, events: TrackItem[][], lanesOfEvent: Map<EventId, number[]>,
): void {
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const e = model.events.get(id);
    if (!e) continue;
    const laneIndexes = lanesOfParticipants(e.participants, laneOfActor);
    if (laneIndexes.length === 0 && otherLane >= 0) laneIndexes.push(otherLane);
    lanesOfEvent.set(id, laneIndexes);
    // The same for every lane the event is drawn in (read once, not per lane); only `primary` and the
    // lane's actor differ.
    const { span, kind, title } = e;
    const precision = e.start.precision;
    const priority = eventPriority(model, e);
    for (let k = 0; k < laneIndexes.length; k++) {
      const lane = laneIndexes[k]!;
      events[lane]!.push({ kind: 'event', id, span, precision, glyph: kind, label: title, priority, primary: k === 0, actor: laneActors[lane] });
    }
  }
}

/**
 * The lanes of an event's participants, top first and each once (several people can fold into one
 * state's lane). Insertion into a short sorted array: events have a handful of participants, and
 * this runs for every visible event, where a Set and a sort per event showed.
 */
function lanesOfParticipants(participants: readonly Participant[], laneOfActor: ReadonlyMap<ActorId, number>): number[] {
  // Sized for every participant and cut to the lanes found: an empty array grows to 17 slots on its
  // first push, and there is one of these per event.
  const lanes = new Array<number>(participants.length);
  let count = 0;
  for (let p = 0; p < participants.length; p++) {
    const lane = laneOfActor.get(participants[p]!.actor);
    if (lane === undefined) continue;
    let at = count;
    while (at > 0 && lanes[at - 1]! > lane) at--;
    if (at > 0 && lanes[at - 1] === lane) continue;
    for (let k = count; k > at; k--) lanes[k] = lanes[k - 1]!;
    lanes[at] = lane;
    count++;
  }
  lanes.length = count;
  return lanes;
}

/** Each statement in its speaker's lane, if the speaker has one. */
function* distributeStatements(model: Model, ids: readonly StatementId[], laneCount: number, laneOfActor: ReadonlyMap<ActorId, number>): Steps<TrackItem[][]> {
  const statements: TrackItem[][] = [];
  for (let lane = 0; lane < laneCount; lane++) statements.push([]);
  for (let from = 0; from < ids.length; from += STEP_ITEMS) {
    distributeStatementsIn(model, ids, from, Math.min(ids.length, from + STEP_ITEMS), laneOfActor, statements);
    yield;
  }
  return statements;
}

function distributeStatementsIn(model: Model, ids: readonly StatementId[], from: number, to: number, laneOfActor: ReadonlyMap<ActorId, number>, statements: TrackItem[][]): void {
  for (let i = from; i < to; i++) {
    const item = statementItem(model, ids[i]!);
    const lane = item?.actor ? laneOfActor.get(item.actor) : undefined;
    if (item && lane !== undefined) statements[lane]!.push(item);
  }
}
