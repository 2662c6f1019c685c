import type { TimeSpan } from '../../model/types';

/**
 * A static interval index: items sorted by start, with a max-end segment tree over that order,
 * so a window query costs O(log n + k log n) however long some intervals are. Read it with queryTimeIndex.
 */
export interface TimeIndex {
  /** Number of items indexed. */
  readonly length: number;
  /** Item starts in ascending order. */
  readonly starts: Float64Array;
  /** Original item index at each sorted position. */
  readonly order: Int32Array;
  /** Leaves in the tree: the smallest power of two ≥ length. */
  readonly leaves: number;
  /**
   * Max end under each tree node (1 is the root; leaves start at `leaves`); -Infinity when empty.
   * The leaves are filled at once, the nodes above them by the first query that walks the tree
   * (withMaxEndTree): the first paint shows every item, needs no tree, and comes sooner without one.
   */
  readonly maxEnd: Float64Array;
  /** Whether the nodes above the leaves of `maxEnd` are filled in. */
  hasTree: boolean;
  /** The earliest end of any item: a window that starts before it and ends after the last start holds them all. */
  readonly minEnd: number;
  /** Scratch stack for queries, so a query allocates nothing but its results. */
  readonly stack: Int32Array;
}

/** Builds a TimeIndex over spans (e.g. `eventOrder.map(id => events.get(id).span)`), in any order. */
export function createTimeIndex(items: readonly TimeSpan[]): TimeIndex {
  const length = items.length;
  let leaves = 1;
  while (leaves < length) leaves *= 2;
  const order = new Int32Array(length);
  const starts = new Float64Array(length);
  const maxEnd = new Float64Array(2 * leaves).fill(-Infinity);
  // Callers usually pass spans already in time order: one pass fills the leaves and checks that, and
  // only when it fails does a comparator sort run. Plain loops throughout: this runs for every lane
  // before the first paint, where the typed arrays' `from` (an iterator and a callback) cost more.
  let sorted = true;
  let minEnd = Infinity;
  for (let i = 0; i < length; i++) {
    const span = items[i]!;
    order[i] = i;
    starts[i] = span.start;
    maxEnd[leaves + i] = span.end;
    if (i > 0 && !(starts[i - 1]! <= span.start)) sorted = false;
    if (span.end < minEnd) minEnd = span.end;
  }
  if (!sorted) {
    order.sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    for (let position = 0; position < length; position++) {
      const span = items[order[position]!]!;
      starts[position] = span.start;
      maxEnd[leaves + position] = span.end;
    }
  }
  return { length, starts, order, leaves, maxEnd, hasTree: false, minEnd, stack: new Int32Array(2 * 32 + 2) };
}

/** The index with its max-end tree filled in. */
export function withMaxEndTree(index: TimeIndex): TimeIndex {
  if (index.hasTree) return index;
  // A running max of ends alone would let one decade-long treaty force a scan of everything
  // after it; the tree prunes whole subtrees that end before the window instead.
  const { maxEnd } = index;
  for (let node = index.leaves - 1; node >= 1; node--) {
    maxEnd[node] = Math.max(maxEnd[2 * node]!, maxEnd[2 * node + 1]!);
  }
  index.hasTree = true;
  return index;
}
