import type { EventId, StatementId, TimeSpan } from '../../model/types';
import { centreOf, dateBandBetween, isMoment, isWideEnoughForBand, layoutDateBand, type DateBand } from '../layout/layout-date-band';
import { ZOOM_LIMITS } from '../layout/zoom-scale-extent';
import { queryTimeIndex } from '../layout/query-time-index';
import { stableSortByKey } from '../layout/stable-sort-by-key';
import type { Track, TimelineTracks, TrackItem } from './build-timeline-tracks';
import { labelBoxOf, placeLabelsByPriority, type LabelBox, type LabelCandidate } from './place-labels-by-priority';
import { insertBox, isClearOfMarks } from './row-mark-boxes';

/** Geometry constants shared by the scene and the SVG that draws it. */
export const SCENE = {
  rowHeight: 20,
  laneTopPad: 13,
  laneBottomPad: 11,
  markRadius: 6,
  bandHeight: 10,
  /** Two point marks closer than this (px between their extents) merge into a counted cluster. */
  clusterGap: 6,
  /** A cluster stops growing at this width, so dense stretches read as a row of counts. */
  maxClusterWidth: 120,
  charWidth: 6.6,
  labelGap: 4,
  maxLabelWidth: 230,
  minLabelWidth: 40,
} as const;

export interface SceneMark {
  readonly key: string;
  readonly item: TrackItem;
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
  readonly cx: number;
  readonly isBand: boolean;
  readonly y: number;
}

/**
 * Items too close together to draw apart at this zoom, drawn as one counted pill. It never holds a
 * single item (one item is drawn as itself). Clusters have no identity of their own: they regroup at
 * every zoom, so views key them by index.
 */
export interface SceneCluster {
  readonly kind: 'event' | 'statement';
  readonly lane: number;
  readonly cx: number;
  readonly y: number;
  /** How many items it holds: at least 2. */
  readonly count: number;
  /** From the earliest start to the latest end of the clustered items: what "zoom in" shows. */
  readonly span: TimeSpan;
  /** The lane's events or statements, which `members` index into. */
  readonly items: readonly TrackItem[];
  /** Indexes (into `items`) of the clustered items, `count` of them: read when the reader opens the cluster. */
  readonly members: ArrayLike<number>;
  /**
   * False when no zoom can tell its items apart (quotes said at the same moment): the timeline lists
   * them instead of zooming in. True does not promise that zooming to `span` will (see the timeline).
   */
  readonly separable: boolean;
}

export interface SceneLabel {
  readonly key: string;
  readonly id: EventId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly text: string;
}

export interface SceneConnector {
  readonly id: EventId;
  readonly x: number;
  readonly y0: number;
  readonly y1: number;
}

export interface TimelineScene {
  readonly height: number;
  /** Top and height of each lane, for lane bands and labels. */
  readonly laneTops: readonly number[];
  readonly laneHeights: readonly number[];
  readonly marks: readonly SceneMark[];
  readonly clusters: readonly SceneCluster[];
  readonly labels: readonly SceneLabel[];
  readonly connectors: readonly SceneConnector[];
  /** Where each drawn event (its labelled occurrence) and statement sits, for links and focus. */
  readonly positionOf: ReadonlyMap<EventId | StatementId, { x: number; y: number }>;
}

export interface SceneInput {
  readonly tracks: TimelineTracks;
  /** The zoomed scale, range [0, width]. */
  readonly scale: (time: number) => number;
  readonly invert: (x: number) => number;
  readonly width: number;
  /** Always drawn on its own and labelled first, even in a dense region. */
  readonly emphasisId?: string;
}

/** Width of a cluster's count pill, as drawn by the scene layer. */
export function clusterPillWidth(count: number): number {
  return Math.max(22, 8 + String(count).length * 8);
}

/** Height of a lane with `rows` event rows plus its row of quote markers. */
export function laneHeightFor(rows: number): number {
  return SCENE.laneTopPad + rows * SCENE.rowHeight + SCENE.laneBottomPad;
}

/** Something that takes room on a row: one mark, or a cluster of marks too close to tell apart. */
interface Unit {
  left: number;
  right: number;
  /** The first item, drawn at `band`; for a cluster, the rest are counted in `count`, `start` and `end`. */
  readonly item: TrackItem;
  /** Index of `item` in the lane's items. */
  readonly index: number;
  readonly band: DateBand;
  count: number;
  /** From the earliest start to the latest end of the unit's items. */
  start: number;
  end: number;
  /** The highest priority of the unit's items: the order in which units claim room. */
  priority: number;
  /** A cluster's items (indexes into the lane's items), set when it closes; undefined for one item. */
  members: Int32Array | undefined;
  /** For a cluster: false when no zoom can tell its items apart. */
  separable: boolean;
}

function unitOf(item: TrackItem, index: number, band: DateBand, left: number, right: number): Unit {
  return { left, right, item, index, band, count: 1, start: item.span.start, end: item.span.end, priority: item.priority, members: undefined, separable: true };
}

/**
 * Geometry of the visible items, with nearby points merged into units (bands stay single): bands and
 * the emphasised item in index order, then the clusters left to right. O(n log n).
 * Points closer than a mark and its gap even at the deepest zoom can never be told apart by zooming:
 * events that are moments (an event of another precision becomes a band once zoomed in) stay single
 * units, for the lane's rows to hold one above the other; quote markers, which share one row and are
 * points at every zoom, stay a cluster marked inseparable, which the timeline lists instead of zooming.
 */
function collectUnits(kind: 'event' | 'statement', items: readonly TrackItem[], indexes: readonly number[], t0: number, t1: number, scale: (t: number) => number, viewWidth: number, emphasisId: string | undefined): Unit[] {
  const units: Unit[] = [];
  // At the deepest zoom (ZOOM_LIMITS.minVisibleSpan across the view) distances are this many times larger.
  const deepest = Math.max(1, (t1 - t0) / ZOOM_LIMITS.minVisibleSpan);
  const inseparable = (2 * SCENE.markRadius + SCENE.clusterGap) / deepest;
  clusterPoints(kind, items, measureItems(kind === 'event', items, indexes, t0, t1, scale, viewWidth, emphasisId, units), scale, units, inseparable);
  return units;
}

/**
 * Points not yet clustered, side by side in typed arrays: at an overview they are most items, and
 * only those that start a cluster become units (with a DateBand).
 */
interface Points {
  length: number;
  /** Index of each point's item. */
  readonly items: Int32Array;
  /** Centre of each point's mark. */
  readonly centres: Float64Array;
  /** Left edge of each point's mark: the order they cluster in. */
  readonly lefts: Float64Array;
}

// Measuring and clustering are separate loops in separate functions: at an overview each runs over
// thousands of items on the first paint, and each is optimised while it runs on its own.

/** Places each item in the window: bands (events only) and the emphasised item become units, the other points wait. */
function measureItems(withBands: boolean, items: readonly TrackItem[], indexes: readonly number[], t0: number, t1: number, scale: (t: number) => number, viewWidth: number, emphasisId: string | undefined, units: Unit[]): Points {
  const count = indexes.length;
  const points: Points = { length: 0, items: new Int32Array(count), centres: new Float64Array(count), lefts: new Float64Array(count) };
  const radius = SCENE.markRadius;
  const minWidth = radius * 2;
  // Tested once: comparing every item's id with an absent one costs a string comparison each time.
  const hasEmphasis = emphasisId !== undefined;
  for (let k = 0; k < count; k++) {
    const index = indexes[k]!;
    const item = items[index]!;
    const span = item.span;
    // The index is inclusive at both ends; a day that ends exactly where the window starts is not in it.
    if (span.end <= t0 || span.start >= t1) continue;
    const x0 = scale(span.start);
    const x1 = scale(span.end);
    // Only a date wide enough for a band needs its precision (a moment is a point however wide).
    // Quote markers are points at every zoom: two said on one day are one marker's room, not two bands.
    if (withBands && isWideEnoughForBand(x0, x1, minWidth)) {
      const band = dateBandBetween(span, item.precision, x0, x1, minWidth);
      if (band.isBand) {
        units.push(unitOf(item, index, band, band.x0, band.x1));
        continue;
      }
    }
    const cx = centreOf(x0, x1);
    // A point whose centre is off screen (a year-precision quote seen at day zoom) has nowhere to be drawn.
    if (cx < -radius || cx > viewWidth + radius) continue;
    if (hasEmphasis && item.id === emphasisId) {
      units.push(unitOf(item, index, dateBandBetween(span, item.precision, x0, x1, minWidth), cx - radius, cx + radius));
      continue;
    }
    const point = points.length++;
    points.items[point] = index;
    points.centres[point] = cx;
    points.lefts[point] = cx - radius;
  }
  return points;
}

/**
 * Merges points left to right into units while they are closer than the gap and the cluster stays
 * narrow. A cluster whose neighbours are all closer than `inseparable` px (so close that even the
 * deepest zoom would merge them again) is split back into single units if its items are moments
 * and events, and marked inseparable if they are statements (see collectUnits).
 */
function clusterPoints(kind: 'event' | 'statement', items: readonly TrackItem[], points: Points, scale: (t: number) => number, units: Unit[], inseparable: number): void {
  const isEvent = kind === 'event';
  const leftToRight = stableSortByKey(points.lefts, points.length);
  // The points' items in the same order: a cluster's members are a run of it (one subarray each).
  const sortedItems = new Int32Array(points.length);
  const radius = SCENE.markRadius;
  const gap = SCENE.clusterGap;
  const maxWidth = SCENE.maxClusterWidth;
  let group: Unit | undefined;
  let groupFrom = 0;
  let lastCx = 0;
  let widestStep = 0;
  let allMoments = false;
  for (let k = 0; k < leftToRight.length; k++) {
    const point = leftToRight[k]!;
    const cx = points.centres[point]!;
    const left = cx - radius;
    const right = cx + radius;
    const index = points.items[point]!;
    sortedItems[k] = index;
    const item = items[index]!;
    if (group && left < group.right + gap && right - group.left <= maxWidth) {
      // Grow the cluster in place: copying its members on every merge made dense overviews quadratic.
      const { start, end } = item.span;
      if (right > group.right) group.right = right;
      if (start < group.start) group.start = start;
      if (end > group.end) group.end = end;
      if (item.priority > group.priority) group.priority = item.priority;
      group.count += 1;
      if (cx - lastCx > widestStep) widestStep = cx - lastCx;
      if (allMoments && isEvent && !isMoment(item.span, item.precision)) allMoments = false;
    } else {
      if (group) closeGroup(isEvent, items, points, leftToRight, sortedItems, group, groupFrom, widestStep < inseparable && allMoments, scale, units);
      group = unitOf(item, index, layoutDateBand(item.span, item.precision, scale, radius * 2), left, right);
      units.push(group);
      groupFrom = k;
      widestStep = 0;
      allMoments = !isEvent || isMoment(item.span, item.precision);
    }
    lastCx = cx;
  }
  if (group) closeGroup(isEvent, items, points, leftToRight, sortedItems, group, groupFrom, widestStep < inseparable && allMoments, scale, units);
}

/**
 * Gives a closing cluster its members, or, when it holds event moments no zoom can tell apart, puts
 * its points back as single units (it is the last unit pushed), for the rows to stack.
 */
function closeGroup(isEvent: boolean, items: readonly TrackItem[], points: Points, leftToRight: Int32Array, sortedItems: Int32Array, group: Unit, from: number, inseparable: boolean, scale: (t: number) => number, units: Unit[]): void {
  if (group.count === 1) return;
  if (!isEvent || !inseparable) {
    group.members = sortedItems.subarray(from, from + group.count);
    group.separable = !inseparable;
    return;
  }
  units.pop();
  const radius = SCENE.markRadius;
  for (let k = from; k < from + group.count; k++) {
    const cx = points.centres[leftToRight[k]!]!;
    const item = items[sortedItems[k]!]!;
    units.push(unitOf(item, sortedItems[k]!, layoutDateBand(item.span, item.precision, scale, radius * 2), cx - radius, cx + radius));
  }
}

/**
 * The order in which a lane's units claim rows, and with them room for their labels: the emphasised
 * item first; then by priority (an event with more statements, participants and links first; a
 * cluster by its highest), left to right among equals; ranges wider than half the view (a
 * year-precision date seen at day zoom) come last, so they cannot take every row from the marks.
 * When room is short, the labels that give way are the less important ones, not the later ones.
 */
function placementOrder(units: readonly Unit[], width: number, emphasisId: string | undefined): Unit[] {
  const emphasised: Unit[] = [];
  const narrow: Unit[] = [];
  const wide: Unit[] = [];
  const hasEmphasis = emphasisId !== undefined;
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    if (hasEmphasis && unit.item.id === emphasisId) emphasised.push(unit);
    else (unit.right - unit.left > width / 2 ? wide : narrow).push(unit);
  }
  // Array sort is stable: units at the same left keep their order.
  return emphasised.concat(narrow.sort(byPriorityThenLeft), wide.sort(byLeft));
}

function byLeft(a: Unit, b: Unit): number {
  return a.left - b.left;
}

function byPriorityThenLeft(a: Unit, b: Unit): number {
  return b.priority - a.priority || a.left - b.left;
}

function isClearOfLabels(boxes: readonly LabelBox[], left: number, right: number, gap: number): boolean {
  for (let i = 0; i < boxes.length; i++) if (left < boxes[i]!.right + gap && right + gap > boxes[i]!.left) return false;
  return true;
}

/** The first row with room for [left, right] and `gap` around it, or -1. */
function firstRowThatFits(marksIn: readonly number[][], labelsIn: readonly LabelBox[][], left: number, right: number, gap: number): number {
  for (let row = 0; row < marksIn.length; row++) {
    if (isClearOfMarks(marksIn[row]!, left, right, gap) && isClearOfLabels(labelsIn[row]!, left, right, gap)) return row;
  }
  return -1;
}

/**
 * The row where [left, right] meets no mark, and only labels that may give way (never the emphasised
 * one's), whose most important such label matters least: a mark pushes aside the least important
 * labels it can, not whichever come first. -1 when no row has room.
 */
function rowWithLeastImportantLabels(marksIn: readonly number[][], labelsIn: readonly LabelBox[][], left: number, right: number, emphasisId: string | undefined): number {
  let best = -1;
  let bestPriority = Infinity;
  for (let row = 0; row < marksIn.length; row++) {
    if (!isClearOfMarks(marksIn[row]!, left, right, 0)) continue;
    const boxes = labelsIn[row]!;
    let priority = -Infinity;
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i]!;
      if (left >= box.right || right <= box.left) continue;
      priority = box.label.id === emphasisId ? Infinity : Math.max(priority, box.candidate.priority);
    }
    if (priority < bestPriority) {
      best = row;
      bestPriority = priority;
    }
  }
  return best;
}

interface Frame {
  marks: SceneMark[];
  clusters: SceneCluster[];
  labels: SceneLabel[];
  positionOf: Map<EventId | StatementId, { x: number; y: number }>;
  occurrences: Map<EventId, number[]>;
}

/** Draws one event on its own: its mark, where links and focus find it, and its row for the connector. */
function addEventMark(frame: Frame, item: TrackItem, lane: number, band: DateBand, y: number): SceneMark {
  const mark: SceneMark = { key: `event:${item.id}:${lane}`, item, lane, x0: band.x0, x1: band.x1, cx: band.cx, isBand: band.isBand, y };
  frame.marks.push(mark);
  const id = item.id as EventId;
  const ys = frame.occurrences.get(id);
  if (ys) ys.push(y);
  else frame.occurrences.set(id, [y]);
  if (item.primary) frame.positionOf.set(id, { x: band.isBand ? Math.max(band.x0, 0) + SCENE.markRadius : band.cx, y });
  return mark;
}

/**
 * Lays out one lane's events on `rows` rows: greedy first fit, most important first (placementOrder),
 * with the label when it fits and without it otherwise; what fits nowhere goes to the lane's bottom
 * row (layoutOverflow). Then the marks left without a label get the room left on their row,
 * truncated, by priority (placeLabelsByPriority).
 */
function layoutLaneEvents(track: Track, lane: number, top: number, input: SceneInput, t0: number, t1: number, frame: Frame): void {
  const { scale, width, emphasisId } = input;
  const units = placementOrder(collectUnits('event', track.events, queryTimeIndex(track.eventIndex, t0, t1), t0, t1, scale, width, emphasisId), width, emphasisId);
  const rowY = (row: number) => top + SCENE.laneTopPad + row * SCENE.rowHeight;
  // Per row, the boxes taken by marks and, separately, by labels: a label may give way to a mark.
  const marksIn: number[][] = [];
  const labelsIn: LabelBox[][] = [];
  for (let row = 0; row < track.rows; row++) {
    marksIn.push([]);
    labelsIn.push([]);
  }
  // Labels in the order they were placed, and the marks' labels that the second pass may still place.
  const laneLabels: LabelBox[] = [];
  const candidates: LabelCandidate[] = [];
  const dayZoom = scale(t0 + 86_400_000) - scale(t0) >= SCENE.markRadius * 2;
  let overflow: Unit[] | undefined;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const isCluster = unit.count > 1;
    const { item, band } = unit;
    const pill = isCluster ? clusterPillWidth(unit.count) : 0;
    const left = isCluster ? (unit.left + unit.right) / 2 - pill / 2 : unit.left;
    const right = isCluster ? left + pill : unit.right;
    const showLabel = !isCluster && item.primary && item.kind === 'event';
    // A label goes after its mark. A band is thinner than text, so a label inside one is crossed by its
    // outline: only a band that runs to the plot's right edge, leaving no room after it, holds its
    // label, after its glyph.
    const labelX = !isCluster && band.isBand && right + SCENE.labelGap + SCENE.minLabelWidth > width ? Math.max(left, 0) + 2 * SCENE.markRadius + SCENE.labelGap : right + SCENE.labelGap;
    const labelWidth = showLabel ? Math.min(item.label.length * SCENE.charWidth, SCENE.maxLabelWidth, width - labelX) : 0;
    const withLabel = labelWidth >= SCENE.minLabelWidth ? Math.max(right, labelX + labelWidth) : right;
    // First choice: a row with room for the mark and its label; then room for the mark alone; then a
    // row whose only obstacles are earlier labels, which give way (a mark matters more than a label).
    let row = withLabel > right ? firstRowThatFits(marksIn, labelsIn, left, withLabel, SCENE.labelGap) : -1;
    const hasLabel = row >= 0;
    if (row < 0) row = firstRowThatFits(marksIn, labelsIn, left, right, 0);
    // Only at day zoom, where days are bands (and moments stand apart), may a mark push labels aside:
    // at an overview, marks and clusters would otherwise evict every label, and there a label is worth
    // more than one more mark on a row (the mark goes to the bottom row instead: layoutOverflow).
    if (row < 0 && !isCluster && dayZoom) {
      row = rowWithLeastImportantLabels(marksIn, labelsIn, left, right, emphasisId);
      if (row >= 0) {
        const kept: LabelBox[] = [];
        for (const b of labelsIn[row]!) {
          if (left < b.right && right > b.left) {
            b.hidden = true;
            // It may come back shorter, before this mark.
            candidates.push(b.candidate);
          } else kept.push(b);
        }
        labelsIn[row] = kept;
      }
    }
    if (row < 0) {
      (overflow ??= []).push(unit);
      continue;
    }
    insertBox(marksIn[row]!, left, right);
    const y = rowY(row);
    if (isCluster) {
      frame.clusters.push({ kind: 'event', lane, cx: (left + right) / 2, y, count: unit.count, span: { start: unit.start, end: unit.end }, items: track.events, members: unit.members!, separable: unit.separable });
      continue;
    }
    const mark = addEventMark(frame, item, lane, band, y);
    if (labelWidth < SCENE.minLabelWidth) continue;
    const id = item.id as EventId;
    const candidate: LabelCandidate = { key: mark.key, id, text: item.label, row, y, markLeft: left, markRight: right, x: labelX, maxWidth: labelWidth, priority: item.priority, fixed: id === emphasisId };
    if (hasLabel) {
      const box = labelBoxOf(candidate, labelWidth, SCENE.charWidth);
      laneLabels.push(box);
      labelsIn[row]!.push(box);
    } else candidates.push(candidate);
  }
  if (candidates.length > 0) placeLabelsByPriority(candidates, marksIn, labelsIn, SCENE, laneLabels);
  for (const box of laneLabels) if (!box.hidden) frame.labels.push(box.label);
  if (overflow) layoutOverflow(track, lane, overflow, rowY(track.rows) - 2, width, frame);
}

/** Left edge of the box an overflowing unit takes on the bottom row: its pill's, or its mark's within the view. */
function overflowLeft(unit: Unit): number {
  return unit.count > 1 ? (unit.left + unit.right) / 2 - clusterPillWidth(unit.count) / 2 : Math.max(unit.left, 0);
}

/** Right edge of the same box. */
function overflowRight(unit: Unit, width: number): number {
  return unit.count > 1 ? (unit.left + unit.right) / 2 + clusterPillWidth(unit.count) / 2 : Math.min(unit.right, width);
}

/**
 * What fits on none of a lane's rows (more items at one moment than the lane has rows, or at an
 * overview, room taken by labels) goes to the lane's bottom row, beside its quote markers, left to
 * right: a unit clear of its neighbours is drawn as itself (one event as its own mark, a cluster as
 * its pill); units that overlap are counted together in one cluster. So no cluster holds one item.
 * Dense lanes at day zoom send hundreds of units here on every frame: typed arrays, no per-unit objects.
 */
function layoutOverflow(track: Track, lane: number, overflow: readonly Unit[], y: number, width: number, frame: Frame): void {
  const count = overflow.length;
  const lefts = new Float64Array(count);
  for (let u = 0; u < count; u++) lefts[u] = overflowLeft(overflow[u]!);
  const order = stableSortByKey(lefts, count);
  let from = 0;
  let right = -Infinity;
  for (let k = 0; k <= count; k++) {
    const unit = k < count ? overflow[order[k]!]! : undefined;
    // Only what overlaps is counted together: marks may touch, as consecutive days' bands do.
    if (unit && lefts[order[k]!]! < right) {
      right = Math.max(right, overflowRight(unit, width));
      continue;
    }
    if (k > from) addOverflowGroup(track, lane, overflow, order, from, k, (lefts[order[from]!]! + right) / 2, y, width, frame);
    from = k;
    if (unit) right = overflowRight(unit, width);
  }
}

/**
 * Draws overflow[order[from … to)] as one thing: a single event as itself, more as one counted
 * cluster at `centre`.
 */
function addOverflowGroup(track: Track, lane: number, overflow: readonly Unit[], order: Int32Array, from: number, to: number, centre: number, y: number, width: number, frame: Frame): void {
  const first = overflow[order[from]!]!;
  if (to - from === 1 && first.count === 1) {
    addEventMark(frame, first.item, lane, first.band, y);
    return;
  }
  let count = 0;
  let start = Infinity;
  let end = -Infinity;
  let separable = false;
  for (let k = from; k < to; k++) {
    const unit = overflow[order[k]!]!;
    count += unit.count;
    if (unit.start < start) start = unit.start;
    if (unit.end > end) end = unit.end;
    if (unit.separable) separable = true;
  }
  const members = new Int32Array(count);
  let at = 0;
  for (let k = from; k < to; k++) {
    const unit = overflow[order[k]!]!;
    if (unit.members) {
      members.set(unit.members, at);
      at += unit.members.length;
    } else members[at++] = unit.index;
  }
  const cx = Math.min(Math.max(centre, 12), width - 12);
  frame.clusters.push({ kind: 'event', lane, cx, y, count, span: { start, end }, items: track.events, members, separable });
}

/** Quote markers of one lane on its bottom row; markers too close together become clusters. */
function layoutLaneStatements(track: Track, lane: number, y: number, input: SceneInput, t0: number, t1: number, frame: Frame): void {
  for (const unit of collectUnits('statement', track.statements, queryTimeIndex(track.statementIndex, t0, t1), t0, t1, input.scale, input.width, input.emphasisId)) {
    const { item, band } = unit;
    if (unit.count === 1) {
      frame.marks.push({ key: `statement:${item.id}`, item, lane, x0: band.x0, x1: band.x1, cx: band.cx, isBand: false, y });
      frame.positionOf.set(item.id, { x: band.cx, y });
    } else {
      frame.clusters.push({ kind: 'statement', lane, cx: (unit.left + unit.right) / 2, y, count: unit.count, span: { start: unit.start, end: unit.end }, items: track.statements, members: unit.members!, separable: unit.separable });
    }
  }
}

/**
 * Everything the timeline draws for one frame: culled to the visible window with interval indexes,
 * dense stretches merged into counted clusters, events stacked on their lane's rows with labels
 * that never overlap. O(visible · rows) per frame.
 */
export function layoutTimelineScene(input: SceneInput): TimelineScene {
  const t0 = input.invert(0);
  const t1 = input.invert(input.width);
  const frame: Frame = { marks: [], clusters: [], labels: [], positionOf: new Map(), occurrences: new Map() };
  const laneTops: number[] = [];
  const laneHeights: number[] = [];
  let top = 0;
  input.tracks.tracks.forEach((track, lane) => {
    laneTops.push(top);
    const height = laneHeightFor(track.rows);
    laneHeights.push(height);
    layoutLaneEvents(track, lane, top, input, t0, t1, frame);
    layoutLaneStatements(track, lane, top + SCENE.laneTopPad + track.rows * SCENE.rowHeight - 2, input, t0, t1, frame);
    top += height;
  });
  const connectors: SceneConnector[] = [];
  for (const [id, ys] of frame.occurrences) {
    if (ys.length < 2) continue;
    const pos = frame.positionOf.get(id);
    if (pos) connectors.push({ id, x: pos.x, y0: Math.min(...ys), y1: Math.max(...ys) });
  }
  return { height: top, laneTops, laneHeights, marks: frame.marks, clusters: frame.clusters, labels: frame.labels, connectors, positionOf: frame.positionOf };
}
