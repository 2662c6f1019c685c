// The boxes that marks take on one row of a lane, as the scene places them: a flat array of pairs
// `[left, right, left, right, …]`, sorted by left and disjoint (each mark is placed clear of the
// others), so sorted by right as well. Flat numbers rather than objects: a dense overview places
// thousands of marks per frame. Every question is answered by bisection: a scan of the whole row for
// every try made a dense overview quadratic.

/** The first pair whose left edge is at or after `x` (the number of pairs if none). */
function firstStartingAtOrAfter(boxes: readonly number[], x: number): number {
  let lo = 0;
  let hi = boxes.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boxes[2 * mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when [left, right], widened by `gap`, meets none of the row's boxes. Labels keep a gap from
 * their neighbours; bare marks may touch (consecutive days' bands do).
 */
export function isClearOfMarks(boxes: readonly number[], left: number, right: number, gap: number): boolean {
  // Skip the boxes that end before this one starts. The first box that ends after it is the only one
  // left to check: if that one starts beyond it, so do the rest.
  let lo = 0;
  let hi = boxes.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boxes[2 * mid + 1]! + gap <= left) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo === boxes.length || right + gap <= boxes[2 * lo]!;
}

/** Adds a box to the row, keeping the order (before any box that starts at the same x). */
export function insertBox(boxes: number[], left: number, right: number): void {
  const at = firstStartingAtOrAfter(boxes, left);
  if (2 * at === boxes.length) boxes.push(left, right);
  else boxes.splice(2 * at, 0, left, right);
}

/** Left edge of the first box that starts at or after `x`, or Infinity. */
export function nextMarkLeft(boxes: readonly number[], x: number): number {
  const at = firstStartingAtOrAfter(boxes, x);
  return 2 * at === boxes.length ? Infinity : boxes[2 * at]!;
}
