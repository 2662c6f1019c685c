import type { EventId, StatementId, TimeSpan } from '../../model/types';
import { layoutDateBand } from '../layout/layout-date-band';
import { queryTimeIndex } from '../layout/query-time-index';
import { truncateToWidth } from '../layout/truncate-to-width';
import type { Track, TimelineTracks, TrackItem } from './build-timeline-tracks';

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
  overflowBucket: 44,
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

/** Clusters have no identity of their own: they regroup at every zoom, so views key them by index. */
export interface SceneCluster {
  readonly kind: 'event' | 'statement';
  readonly cx: number;
  readonly y: number;
  readonly count: number;
  /** From the earliest start to the latest end of the clustered items: what "zoom in" shows. */
  readonly span: TimeSpan;
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
  /** The first item's mark; for a cluster, the rest are counted in `count` and `span`. */
  readonly first: { item: TrackItem; x0: number; x1: number; cx: number; isBand: boolean };
  count: number;
  span: { start: number; end: number };
}

/** Geometry of the visible items, with nearby points merged into units (bands stay single). O(n log n). */
function collectUnits(items: readonly TrackItem[], indexes: readonly number[], t0: number, t1: number, scale: (t: number) => number, viewWidth: number, emphasisId: string | undefined): Unit[] {
  const units: Unit[] = [];
  const points: Unit[] = [];
  const minWidth = SCENE.markRadius * 2;
  for (const i of indexes) {
    const item = items[i]!;
    const { start, end } = item.span;
    // The index is inclusive at both ends; a day that ends exactly where the window starts is not in it.
    if (end <= t0 || start >= t1) continue;
    const { x0, x1, cx, isBand } = layoutDateBand(item.span, item.precision, scale, minWidth);
    // A point whose centre is off screen (a year-precision quote seen at day zoom) has nowhere to be drawn.
    if (!isBand && (cx < -SCENE.markRadius || cx > viewWidth + SCENE.markRadius)) continue;
    const unit: Unit = {
      left: isBand ? x0 : cx - SCENE.markRadius,
      right: isBand ? x1 : cx + SCENE.markRadius,
      first: { item, x0, x1, cx, isBand },
      count: 1,
      span: { start, end },
    };
    (isBand || item.id === emphasisId ? units : points).push(unit);
  }
  points.sort((a, b) => a.left - b.left);
  let group: Unit | undefined;
  for (const p of points) {
    if (group && p.left < group.right + SCENE.clusterGap && p.right - group.left <= SCENE.maxClusterWidth) {
      // Grow the cluster in place: copying its members on every merge made dense overviews quadratic.
      group.right = Math.max(group.right, p.right);
      group.count += 1;
      group.span.start = Math.min(group.span.start, p.span.start);
      group.span.end = Math.max(group.span.end, p.span.end);
    } else {
      group = p;
      units.push(p);
    }
  }
  return units;
}

interface Frame {
  marks: SceneMark[];
  clusters: SceneCluster[];
  labels: SceneLabel[];
  positionOf: Map<EventId | StatementId, { x: number; y: number }>;
  occurrences: Map<EventId, number[]>;
}

/**
 * Lays out one lane's events on `rows` rows: greedy first fit in x order, with the label when it
 * fits and without it otherwise; what fits nowhere is counted in an overflow cluster.
 */
function layoutLaneEvents(track: Track, lane: number, top: number, input: SceneInput, t0: number, t1: number, frame: Frame, labelled: boolean): void {
  const { scale, width, emphasisId } = input;
  const units = collectUnits(track.events, queryTimeIndex(track.eventIndex, t0, t1), t0, t1, scale, width, emphasisId);
  // The emphasised item first; then left to right, except that ranges wider than half the view (a
  // year-precision date seen at day zoom) come last, so they cannot take every row from the marks.
  const isWide = (u: Unit) => u.right - u.left > width / 2;
  units.sort((a, b) =>
    a.first.item.id === emphasisId ? -1 : b.first.item.id === emphasisId ? 1 : Number(isWide(a)) - Number(isWide(b)) || a.left - b.left,
  );
  const rowY = (row: number) => top + SCENE.laneTopPad + row * SCENE.rowHeight;
  // Per row, the boxes taken by marks and, separately, by labels: a label may give way to a mark.
  const marksIn: number[][] = Array.from({ length: track.rows }, () => []);
  const labelsIn: { left: number; right: number; label: SceneLabel }[][] = Array.from({ length: track.rows }, () => []);
  const evicted = new Set<SceneLabel>();
  const laneLabels: SceneLabel[] = [];
  // Labels keep a gap from their neighbours; bare marks may touch (consecutive days' bands do).
  const clear = (boxes: number[], left: number, right: number, gap: number) => {
    for (let i = 0; i < boxes.length; i += 2) if (left < boxes[i + 1]! + gap && right + gap > boxes[i]!) return false;
    return true;
  };
  const clearOfLabels = (row: number, left: number, right: number, gap: number) =>
    labelsIn[row]!.every((b) => !(left < b.right + gap && right + gap > b.left));
  const fits = (row: number, left: number, right: number, gap: number) => clear(marksIn[row]!, left, right, gap) && clearOfLabels(row, left, right, gap);
  const rows = marksIn.map((_, i) => i);
  const dayZoom = scale(t0 + 86_400_000) - scale(t0) >= SCENE.markRadius * 2;
  const overflow = new Map<number, { count: number; span: { start: number; end: number } }>();
  for (const unit of units) {
    const single = unit.count === 1 ? unit.first : undefined;
    const isCluster = !single;
    const pill = isCluster ? clusterPillWidth(unit.count) : 0;
    const left = isCluster ? (unit.left + unit.right) / 2 - pill / 2 : unit.left;
    const right = isCluster ? left + pill : unit.right;
    const showLabel = labelled && single?.item.primary && single.item.kind === 'event';
    const labelX = single?.isBand && right - left > 120 ? Math.max(left, 0) + 4 : right + SCENE.labelGap;
    const labelWidth = showLabel ? Math.min(single.item.label.length * SCENE.charWidth, SCENE.maxLabelWidth, width - labelX) : 0;
    const withLabel = labelWidth >= SCENE.minLabelWidth ? Math.max(right, labelX + labelWidth) : right;
    // First choice: a row with room for the mark and its label; then room for the mark alone; then a
    // row whose only obstacles are earlier labels, which give way (a mark matters more than a label).
    let row = withLabel > right ? rows.findIndex((r) => fits(r, left, withLabel, SCENE.labelGap)) : -1;
    const hasLabel = row >= 0;
    if (row < 0) row = rows.findIndex((r) => fits(r, left, right, 0));
    // Only at day zoom, where days are bands, may a mark push labels aside: at an overview, marks and
    // clusters would otherwise evict every label, and there a label is worth more than one more mark.
    if (row < 0 && single?.isBand && dayZoom) {
      const mayEvict = (b: { label: SceneLabel }) => b.label.id !== emphasisId;
      row = rows.findIndex((r) => clear(marksIn[r]!, left, right, 0) && labelsIn[r]!.every((b) => !(left < b.right && right > b.left) || mayEvict(b)));
      if (row >= 0) {
        labelsIn[row] = labelsIn[row]!.filter((b) => {
          const overlaps = left < b.right && right > b.left;
          if (overlaps) evicted.add(b.label);
          return !overlaps;
        });
      }
    }
    if (row < 0) {
      const bucket = Math.floor((left + right) / 2 / SCENE.overflowBucket);
      const into = overflow.get(bucket);
      if (into) {
        into.count += unit.count;
        into.span.start = Math.min(into.span.start, unit.span.start);
        into.span.end = Math.max(into.span.end, unit.span.end);
      } else overflow.set(bucket, { count: unit.count, span: { ...unit.span } });
      continue;
    }
    const boxes = marksIn[row]!;
    let at = 0;
    while (at < boxes.length && boxes[at]! < left) at += 2;
    boxes.splice(at, 0, left, right);
    const y = rowY(row);
    if (isCluster) {
      frame.clusters.push({ kind: 'event', cx: (left + right) / 2, y, count: unit.count, span: unit.span });
      continue;
    }
    const mark: SceneMark = { key: `event:${single.item.id}:${lane}`, item: single.item, lane, x0: single.x0, x1: single.x1, cx: single.cx, isBand: single.isBand, y };
    frame.marks.push(mark);
    const id = single.item.id as EventId;
    (frame.occurrences.get(id) ?? frame.occurrences.set(id, []).get(id)!).push(y);
    if (single.item.primary) frame.positionOf.set(id, { x: single.isBand ? Math.max(single.x0, 0) + SCENE.markRadius : single.cx, y });
    if (hasLabel) {
      const text = single.item.label;
      const cut = labelWidth < text.length * SCENE.charWidth;
      const label: SceneLabel = { key: mark.key, id, x: labelX, y, width: labelWidth, text: cut ? truncateToWidth(text, labelWidth, SCENE.charWidth) : text };
      laneLabels.push(label);
      labelsIn[row]!.push({ left: Math.min(labelX, right), right: labelX + labelWidth, label });
    }
  }
  for (const label of laneLabels) if (!evicted.has(label)) frame.labels.push(label);
  const lastRowY = rowY(track.rows);
  for (const [bucket, { count, span }] of overflow) {
    const cx = Math.min(Math.max((bucket + 0.5) * SCENE.overflowBucket, 12), width - 12);
    frame.clusters.push({ kind: 'event', cx, y: lastRowY - 2, count, span });
  }
}

/** Quote markers of one lane on its bottom row; markers too close together become clusters. */
function layoutLaneStatements(track: Track, lane: number, y: number, input: SceneInput, t0: number, t1: number, frame: Frame): void {
  for (const unit of collectUnits(track.statements, queryTimeIndex(track.statementIndex, t0, t1), t0, t1, input.scale, input.width, input.emphasisId)) {
    if (unit.count === 1) {
      const m = unit.first;
      frame.marks.push({ key: `statement:${m.item.id}`, item: m.item, lane, x0: m.x0, x1: m.x1, cx: m.cx, isBand: false, y });
      frame.positionOf.set(m.item.id, { x: m.cx, y });
    } else {
      frame.clusters.push({ kind: 'statement', cx: (unit.left + unit.right) / 2, y, count: unit.count, span: unit.span });
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
    layoutLaneEvents(track, lane, top, input, t0, t1, frame, true);
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
