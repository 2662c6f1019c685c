import { centreOf, dateBandBetween, isMoment, isWideEnoughForBand, layoutDateBand, type DateBand } from '../layout/layout-date-band';
import { ZOOM_LIMITS } from '../layout/zoom-scale-extent';
import { stableSortByKey } from '../layout/stable-sort-by-key';
import type { TrackItem } from './build-timeline-tracks';
import { SCENE } from './scene-geometry';
import { runSteps, STEP_ITEMS, type Steps } from './run-steps';

/** Something that takes room on a row: one mark, or a cluster of marks too close to tell apart. */
export interface Unit {
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
export function collectUnits(kind: 'event' | 'statement', items: readonly TrackItem[], indexes: readonly number[], t0: number, t1: number, scale: (t: number) => number, viewWidth: number, emphasisId: string | undefined): Unit[] {
  return runSteps(collectUnitsInSteps(kind, items, indexes, t0, t1, scale, viewWidth, emphasisId));
}

/**
 * collectUnits, yielding every `step` items measured or clustered: at an overview of 100,000 events
 * the lane's pass is a few hundred ms, which the first paint runs in slices (useSteppedMemo). The
 * units are the same whatever the step (a cluster open at the end of a range carries over).
 */
export function* collectUnitsInSteps(kind: 'event' | 'statement', items: readonly TrackItem[], indexes: readonly number[], t0: number, t1: number, scale: (t: number) => number, viewWidth: number, emphasisId: string | undefined, step = STEP_ITEMS): Steps<Unit[]> {
  const units: Unit[] = [];
  // At the deepest zoom (ZOOM_LIMITS.minVisibleSpan across the view) distances are this many times larger.
  const deepest = Math.max(1, (t1 - t0) / ZOOM_LIMITS.minVisibleSpan);
  const inseparable = (2 * SCENE.markRadius + SCENE.clusterGap) / deepest;
  const count = indexes.length;
  const points: Points = { length: 0, items: new Int32Array(count), centres: new Float64Array(count), lefts: new Float64Array(count) };
  for (let from = 0; from < count; from += step) {
    measureItems(kind === 'event', items, indexes, from, Math.min(count, from + step), t0, t1, scale, viewWidth, emphasisId, units, points);
    if (count > step) yield;
  }
  const leftToRight = stableSortByKey(points.lefts, points.length);
  if (count > step) yield;
  const run = startClusterRun(kind, items, points, leftToRight, scale, units, inseparable);
  for (let from = 0; from < leftToRight.length; from += step) {
    clusterPoints(run, from, Math.min(leftToRight.length, from + step));
    if (leftToRight.length > step) yield;
  }
  endClusterRun(run);
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

/**
 * Places the items at indexes[from, to) in the window: bands (events only) and the emphasised item
 * become units, the other points wait in `points`.
 */
function measureItems(withBands: boolean, items: readonly TrackItem[], indexes: readonly number[], from: number, to: number, t0: number, t1: number, scale: (t: number) => number, viewWidth: number, emphasisId: string | undefined, units: Unit[], points: Points): void {
  const radius = SCENE.markRadius;
  const minWidth = radius * 2;
  // Tested once: comparing every item's id with an absent one costs a string comparison each time.
  const hasEmphasis = emphasisId !== undefined;
  for (let k = from; k < to; k++) {
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
}

/** A left-to-right clustering pass over the points, between two ranges of it (clusterPoints). */
interface ClusterRun {
  readonly isEvent: boolean;
  readonly items: readonly TrackItem[];
  readonly points: Points;
  readonly leftToRight: Int32Array;
  /** The points' items in the same order: a cluster's members are a run of it (one subarray each). */
  readonly sortedItems: Int32Array;
  readonly scale: (t: number) => number;
  readonly units: Unit[];
  readonly inseparable: number;
  group: Unit | undefined;
  groupFrom: number;
  lastCx: number;
  widestStep: number;
  allMoments: boolean;
}

function startClusterRun(kind: 'event' | 'statement', items: readonly TrackItem[], points: Points, leftToRight: Int32Array, scale: (t: number) => number, units: Unit[], inseparable: number): ClusterRun {
  return { isEvent: kind === 'event', items, points, leftToRight, sortedItems: new Int32Array(points.length), scale, units, inseparable, group: undefined, groupFrom: 0, lastCx: 0, widestStep: 0, allMoments: false };
}

/**
 * Merges points left to right into units while they are closer than the gap and the cluster stays
 * narrow. A cluster whose neighbours are all closer than `inseparable` px (so close that even the
 * deepest zoom would merge them again) is split back into single units if its items are moments
 * and events, and marked inseparable if they are statements (see collectUnits). This handles the
 * sorted positions [from, to); the open cluster carries over to the next range (endClusterRun closes it).
 */
function clusterPoints(run: ClusterRun, from: number, to: number): void {
  const { isEvent, items, points, leftToRight, sortedItems, scale, units, inseparable } = run;
  const radius = SCENE.markRadius;
  const gap = SCENE.clusterGap;
  const maxWidth = SCENE.maxClusterWidth;
  let { group, groupFrom, lastCx, widestStep, allMoments } = run;
  for (let k = from; k < to; k++) {
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
  run.group = group;
  run.groupFrom = groupFrom;
  run.lastCx = lastCx;
  run.widestStep = widestStep;
  run.allMoments = allMoments;
}

/** Closes the cluster still open when the pass ends. */
function endClusterRun(run: ClusterRun): void {
  const { group } = run;
  if (group) closeGroup(run.isEvent, run.items, run.points, run.leftToRight, run.sortedItems, group, run.groupFrom, run.widestStep < run.inseparable && run.allMoments, run.scale, run.units);
}

/**
 * Gives a closing cluster its members, or, when it holds event moments no zoom can tell apart, puts
 * its points back as single units (it is the last unit pushed), for the rows to stack.
 */
function closeGroup(isEvent: boolean, items: readonly TrackItem[], points: Points, leftToRight: Int32Array, sortedItems: Int32Array, group: Unit, from: number, noZoomParts: boolean, scale: (t: number) => number, units: Unit[]): void {
  if (group.count === 1) return;
  if (!isEvent || !noZoomParts) {
    group.members = sortedItems.subarray(from, from + group.count);
    group.separable = !noZoomParts;
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
