import { partitionPoint } from './partition-point';

/** A label the view would like to show, starting at `x` on `row`. */
export interface LabelCandidate<Id = string> {
  readonly id: Id;
  /** Left edge of the label in px. */
  readonly x: number;
  /** Row (lane row or stack row) the label sits on; labels on different rows never collide. */
  readonly row: number;
  /** Full text width in px, e.g. text length × charWidth. */
  readonly width: number;
  /** Higher first: the selected item highest, then items with more statements and participants. */
  readonly priority: number;
}

/** A label to show in the box [x, x + width] on its row. */
export interface PlacedLabel<Id = string> {
  readonly id: Id;
  readonly x: number;
  readonly row: number;
  /** Width available to the text; less than asked for when `truncated`. */
  readonly width: number;
  /** The text must be cut to `width` (see truncateToWidth). */
  readonly truncated: boolean;
}

export interface LabelOptions {
  /** A label squeezed below this many px is hidden instead. */
  readonly minWidth: number;
  /** When set, truncated widths are rounded down to whole characters of this width. */
  readonly charWidth?: number;
  /** Longest label in px, however long its text. */
  readonly maxWidth: number;
  /** No label extends past this x (the plot's right edge). */
  readonly rightLimit: number;
  /** Least px between two labels on a row; default 4. */
  readonly gap?: number;
}

/**
 * Chooses which labels to show, greedily by priority (then time order). Each takes the free space
 * to the right of its x up to the next anchor of an equal or higher-priority label on its row
 * (or, if that leaves less than minWidth, up to the next label actually shown), truncated if need
 * be, or is hidden. Returned boxes never overlap.
 */
export function placeLabels<Id>(
  candidates: readonly LabelCandidate<Id>[],
  options: LabelOptions,
): PlacedLabel<Id>[] {
  const { minWidth, charWidth, maxWidth, rightLimit, gap = 4 } = options;
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => {
    const ca = candidates[a]!;
    const cb = candidates[b]!;
    return cb.priority - ca.priority || ca.x - cb.x || a - b;
  });
  const nextAnchor = findNextAnchors(candidates);

  // Per row, the taken boxes sorted by start, as a flat [start, end, start, end, …] list.
  const taken = new Map<number, number[]>();
  const placed: (PlacedLabel<Id> | undefined)[] = new Array(candidates.length);
  for (const i of order) {
    const { id, x, row, width: wanted } = candidates[i]!;
    const boxes = taken.get(row) ?? [];
    taken.set(row, boxes);
    const next = partitionPoint(0, boxes.length / 2, (b) => boxes[2 * b]! < x);
    const previousEnd = next > 0 ? boxes[2 * next - 1]! : -Infinity;
    if (previousEnd + gap > x) continue;
    const nextStart = next < boxes.length / 2 ? boxes[2 * next]! : Infinity;
    const full = Math.min(wanted, maxWidth);
    const fit = (limit: number): number => {
      const room = Math.min(limit - gap, nextStart - gap, rightLimit) - x;
      let width = Math.min(full, room);
      if (width < wanted && charWidth) width = Math.floor(width / charWidth) * charWidth;
      return width < wanted && width < minWidth ? 0 : width;
    };
    // Stopping at the next anchor lets a run of sparse marks each keep a short label; in a dense
    // run that would hide them all, so the label may then cover anchors of labels not yet shown.
    const width = fit(nextAnchor[i]!) || fit(Infinity);
    if (width <= 0) continue;
    boxes.splice(2 * next, 0, x, x + width);
    placed[i] = { id, x, row, width, truncated: width < wanted };
  }
  // Input order, so the view's key order (and DOM order) does not change with priorities.
  return placed.filter((p): p is PlacedLabel<Id> => p !== undefined);
}

/** For each candidate, the x of the next candidate to its right on its row with at least its priority. */
function findNextAnchors(candidates: readonly LabelCandidate<unknown>[]): Float64Array {
  const next = new Float64Array(candidates.length).fill(Infinity);
  const sorted = candidates.map((_, i) => i);
  // Row, then x, then priority ascending: within one anchor point the weakest is answered first,
  // before the stronger ones pop what it still needs.
  sorted.sort((a, b) => {
    const ca = candidates[a]!;
    const cb = candidates[b]!;
    return ca.row - cb.row || ca.x - cb.x || ca.priority - cb.priority;
  });
  // Right to left, a stack of anchors strictly to the right whose priorities grow downwards: O(k).
  const stack: number[] = [];
  const top = (): LabelCandidate<unknown> | undefined => candidates[stack[stack.length - 1]!];
  for (let end = sorted.length; end > 0; ) {
    const first = candidates[sorted[end - 1]!]!;
    let start = end - 1;
    while (start > 0 && candidates[sorted[start - 1]!]!.row === first.row && candidates[sorted[start - 1]!]!.x === first.x) start--;
    if (top()?.row !== first.row) stack.length = 0;
    for (let k = start; k < end; k++) {
      const i = sorted[k]!;
      while (stack.length > 0 && top()!.priority < candidates[i]!.priority) stack.pop();
      if (stack.length > 0) next[i] = top()!.x;
    }
    // Only the strongest at this x matters to labels further left: it satisfies whoever the others would.
    stack.push(sorted[end - 1]!);
    end = start;
  }
  return next;
}
