import type { EventId, StatementId, TimeSpan } from '../../model/types';
import { queryTimeIndex } from '../layout/query-time-index';
import type { Track, TimelineTracks, TrackItem } from './build-timeline-tracks';
import { collectUnitsInSteps, type Unit } from './collect-units';
import { runSteps, STEP_ITEMS, type Steps } from './run-steps';
import { layoutLaneOverflow } from './layout-lane-overflow';
import { labelBoxOf, placeLabelsByPriority, type LabelBox, type LabelCandidate } from './place-labels-by-priority';
import { insertBox, isClearOfMarks } from './row-mark-boxes';
import { addEventMark, type SceneFrame } from './scene-frame';
import { clusterPillWidth, laneHeightFor, SCENE } from './scene-geometry';

// The geometry is read with the scene, by the views that draw it and the tests that check it.
export { clusterPillWidth, laneHeightFor, SCENE } from './scene-geometry';

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

/**
 * The order in which a lane's units claim rows, and with them room for their labels: the emphasised
 * item first; then by priority (an event with more statements, participants and links first; a
 * cluster by its highest), left to right among equals; ranges wider than half the view (a
 * year-precision date seen at day zoom) come last, so they cannot take every row from the marks.
 * When room is short, the labels that give way are the less important ones, not the later ones.
 * Once a day is wider than a mark (`dayZoom`), units with the same box (events of one day) claim rows
 * together, at the priority of the most important, in the lane's order (model.eventOrder, which
 * reads the model's same-day `order`): their rows read top to bottom in the order of the day. Zoomed
 * further out a box holds a point for days or weeks, and the order of its rows says nothing.
 */
function placementOrder(units: readonly Unit[], width: number, emphasisId: string | undefined, dayZoom: boolean): Unit[] {
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
  return emphasised.concat(dayZoom ? byPriorityOfSameBoxes(narrow) : narrow.sort(byPriorityThenLeft), wide.sort(byLeft));
}

/** Units by the highest priority among those of the same box, then left, right and lane order. */
function byPriorityOfSameBoxes(units: Unit[]): Unit[] {
  units.sort(byBoxThenIndex);
  const boxPriority = new Float64Array(units.length);
  for (let from = 0; from < units.length; ) {
    let to = from + 1;
    let best = units[from]!.priority;
    while (to < units.length && sameBox(units[to]!, units[from]!)) best = Math.max(best, units[to++]!.priority);
    boxPriority.fill(best, from, to);
    from = to;
  }
  const positions = Array.from(units.keys());
  // Sorted by box already: ties in priority keep that order (left, right, lane order).
  positions.sort((a, b) => boxPriority[b]! - boxPriority[a]! || a - b);
  return positions.map((k) => units[k]!);
}

function sameBox(a: Unit, b: Unit): boolean {
  return a.left === b.left && a.right === b.right;
}

function byBoxThenIndex(a: Unit, b: Unit): number {
  return a.left - b.left || a.right - b.right || a.index - b.index;
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

/**
 * Lays out one lane's events on `rows` rows: greedy first fit, most important first (placementOrder),
 * with the label when it fits and without it otherwise; what fits nowhere goes to the lane's bottom
 * row (layoutLaneOverflow). Then the marks left without a label get the room left on their row,
 * truncated, by priority (placeLabelsByPriority).
 */
function layoutLaneEvents(track: Track, lane: number, top: number, input: SceneInput, t0: number, laneUnits: readonly Unit[], frame: SceneFrame): void {
  const { scale, width, emphasisId } = input;
  const dayZoom = scale(t0 + 86_400_000) - scale(t0) >= SCENE.markRadius * 2;
  const units = placementOrder(laneUnits, width, emphasisId, dayZoom);
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
  if (overflow) layoutLaneOverflow(track, lane, overflow, rowY(track.rows) - 2, width, frame);
}

/** Quote markers of one lane on its bottom row; markers too close together become clusters. */
function layoutLaneStatements(track: Track, lane: number, y: number, units: readonly Unit[], frame: SceneFrame): void {
  for (const unit of units) {
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
  return runSteps(layoutTimelineSceneInSteps(input));
}

/**
 * layoutTimelineScene, yielding while it measures and clusters a lane's items (collectUnitsInSteps):
 * the first scene of 100,000 events at an overview, laid out in slices the page can interleave.
 * `step`: items between two yields (the scene is the same for any).
 */
export function* layoutTimelineSceneInSteps(input: SceneInput, step = STEP_ITEMS): Steps<TimelineScene> {
  const { scale, width, emphasisId } = input;
  const t0 = input.invert(0);
  const t1 = input.invert(width);
  const frame: SceneFrame = { marks: [], clusters: [], labels: [], positionOf: new Map(), occurrences: new Map() };
  const laneTops: number[] = [];
  const laneHeights: number[] = [];
  let top = 0;
  const { tracks } = input.tracks;
  for (let lane = 0; lane < tracks.length; lane++) {
    const track = tracks[lane]!;
    laneTops.push(top);
    const height = laneHeightFor(track.rows);
    laneHeights.push(height);
    const eventUnits = yield* collectUnitsInSteps('event', track.events, queryTimeIndex(track.eventIndex, t0, t1), t0, t1, scale, width, emphasisId, step);
    layoutLaneEvents(track, lane, top, input, t0, eventUnits, frame);
    const statementUnits = yield* collectUnitsInSteps('statement', track.statements, queryTimeIndex(track.statementIndex, t0, t1), t0, t1, scale, width, emphasisId, step);
    layoutLaneStatements(track, lane, top + SCENE.laneTopPad + track.rows * SCENE.rowHeight - 2, statementUnits, frame);
    top += height;
  }
  const connectors: SceneConnector[] = [];
  for (const [id, ys] of frame.occurrences) {
    if (ys.length < 2) continue;
    const pos = frame.positionOf.get(id);
    if (pos) connectors.push({ id, x: pos.x, y0: Math.min(...ys), y1: Math.max(...ys) });
  }
  return { height: top, laneTops, laneHeights, marks: frame.marks, clusters: frame.clusters, labels: frame.labels, connectors, positionOf: frame.positionOf };
}
