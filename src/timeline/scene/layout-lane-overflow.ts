import type { Track } from './build-timeline-tracks';
import type { Unit } from './collect-units';
import { addEventMark, type SceneFrame } from './scene-frame';
import { clusterPillWidth } from './scene-geometry';
import { stableSortByKey } from '../layout/stable-sort-by-key';

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
export function layoutLaneOverflow(track: Track, lane: number, overflow: readonly Unit[], y: number, width: number, frame: SceneFrame): void {
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
function addOverflowGroup(track: Track, lane: number, overflow: readonly Unit[], order: Int32Array, from: number, to: number, centre: number, y: number, width: number, frame: SceneFrame): void {
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
