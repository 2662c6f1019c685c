import type { ActorId, DatePrecision, EventId, Model, StatementId, TimeSpan } from '../../model/types';
import type { VisibleItems } from '../../selectors/select-visible-items';
import { layoutLanes, OTHER_LANE_KEY, type Lane } from '../layout/layout-lanes';
import { createTimeIndex, type TimeIndex } from '../layout/create-time-index';

export type TrackMode = 'actors' | 'compact';

/** One thing drawn on a track: an event (in one of its lanes) or a statement's quote marker. */
export interface TrackItem {
  readonly kind: 'event' | 'statement';
  readonly id: EventId | StatementId;
  readonly span: TimeSpan;
  readonly precision: DatePrecision;
  /** The event kind (for its glyph), or 'statement'. */
  readonly glyph: string;
  readonly label: string;
  /** Which label wins when space is short: more statements and participants first. */
  readonly priority: number;
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
  /** Event rows this lane needs: the most events it has on one day (at most MAX_ROWS_PER_LANE). */
  readonly rows: number;
}

export interface TimelineTracks {
  readonly mode: TrackMode;
  /** Lanes top to bottom (one pseudo-lane in compact mode). */
  readonly lanes: readonly Lane[];
  readonly tracks: readonly Track[];
  /** Lane indexes each event is drawn in, top first. */
  readonly lanesOfEvent: ReadonlyMap<EventId, readonly number[]>;
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
const DAY = 86_400_000;

/** The most events that share one day in this lane: how many rows it needs when zoomed in to days. */
function maxEventsPerDay(events: readonly TrackItem[]): number {
  const perDay = new Map<number, number>();
  let most = 0;
  for (const e of events) {
    // Long ranges are drawn as bars under the rows and do not take a row of their own per day.
    const first = Math.floor(e.span.start / DAY);
    const last = Math.min(Math.ceil(e.span.end / DAY) - 1, first + 2);
    for (let d = first; d <= last; d++) {
      const n = (perDay.get(d) ?? 0) + 1;
      perDay.set(d, n);
      most = Math.max(most, n);
    }
  }
  return most;
}

/** One row per event on the busiest day, plus one for labels to spill into, within the lane maximum. */
function rowsForLane(events: readonly TrackItem[]): number {
  const busiest = maxEventsPerDay(events);
  return Math.min(MAX_ROWS_PER_LANE, busiest > 1 ? busiest + 1 : busiest);
}

function createTrack(events: TrackItem[], statements: TrackItem[], rows: number): Track {
  return {
    events,
    statements,
    eventIndex: createTimeIndex(events.map((e) => e.span)),
    statementIndex: createTimeIndex(statements.map((s) => s.span)),
    rows: Math.max(1, rows),
  };
}

function eventPriority(model: Model, id: EventId): number {
  const event = model.events.get(id);
  const said = model.statementsAtEvent.get(id)?.length ?? 0;
  const about = model.statementsAbout.get(id)?.length ?? 0;
  return 3 * said + 2 * about + (event?.participants.length ?? 0) + (event?.related.length ?? 0);
}

/**
 * Distributes the visible events and statements over tracks: in `actors` mode one lane per actor,
 * an event in the lane of each participant (labelled once, in the top one), a statement in its
 * speaker's lane; in `compact` mode everything on one track. Computed once per model, filters and mode.
 */
export function buildTimelineTracks(model: Model, visible: VisibleItems, mode: TrackMode, maxLanes = MAX_ACTOR_LANES): TimelineTracks {
  const statementItem = (id: StatementId): TrackItem | undefined => {
    const s = model.statements.get(id);
    if (!s) return undefined;
    const speaker = model.actors.get(s.speaker)?.name ?? s.speaker;
    return { kind: 'statement', id, span: s.date, precision: s.date.precision, glyph: 'statement', label: `Statement by ${speaker}`, priority: 0, primary: true, actor: s.speaker };
  };

  if (mode === 'compact') {
    const events: TrackItem[] = [];
    const lanesOfEvent = new Map<EventId, number[]>();
    for (const id of visible.events) {
      const e = model.events.get(id);
      if (!e) continue;
      events.push({ kind: 'event', id, span: e.span, precision: e.start.precision, glyph: e.kind, label: e.title, priority: eventPriority(model, id), primary: true });
      lanesOfEvent.set(id, [0]);
    }
    const statements = visible.statements.map(statementItem).filter((s): s is TrackItem => !!s);
    const lane: Lane = { key: 'all', label: 'All events', depth: 0, groupKey: 'all' };
    return { mode, lanes: [lane], tracks: [createTrack(events, statements, Math.min(COMPACT_ROWS, events.length))], lanesOfEvent };
  }

  const { lanes, laneOfActor } = layoutActorLanes(model, maxLanes);
  const otherLane = lanes.findIndex((l) => l.key === OTHER_LANE_KEY);
  const events: TrackItem[][] = lanes.map(() => []);
  const statements: TrackItem[][] = lanes.map(() => []);
  const lanesOfEvent = new Map<EventId, number[]>();
  for (const id of visible.events) {
    const e = model.events.get(id);
    if (!e) continue;
    const laneIndexes = [...new Set(e.participants.map((p) => laneOfActor.get(p.actor)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
    if (laneIndexes.length === 0 && otherLane >= 0) laneIndexes.push(otherLane);
    lanesOfEvent.set(id, laneIndexes);
    const priority = eventPriority(model, id);
    laneIndexes.forEach((lane, i) => {
      events[lane]!.push({ kind: 'event', id, span: e.span, precision: e.start.precision, glyph: e.kind, label: e.title, priority, primary: i === 0, actor: lanes[lane]!.actorId });
    });
  }
  for (const id of visible.statements) {
    const item = statementItem(id);
    const lane = item?.actor ? laneOfActor.get(item.actor) : undefined;
    if (item && lane !== undefined) statements[lane]!.push(item);
  }
  return { mode, lanes, tracks: lanes.map((_, i) => createTrack(events[i]!, statements[i]!, rowsForLane(events[i]!))), lanesOfEvent };
}
