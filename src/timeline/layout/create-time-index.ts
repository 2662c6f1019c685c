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
  /** Max end under each tree node (1 is the root; leaves start at `leaves`); -Infinity when empty. */
  readonly maxEnd: Float64Array;
  /** Scratch stack for queries, so a query allocates nothing but its results. */
  readonly stack: Int32Array;
}

/** Builds a TimeIndex over spans (e.g. `eventOrder.map(id => events.get(id).span)`), in any order. */
export function createTimeIndex(items: readonly TimeSpan[]): TimeIndex {
  const length = items.length;
  const order = Int32Array.from(items.keys());
  // A running max of ends alone would let one decade-long treaty force a scan of everything
  // after it; the tree prunes whole subtrees that end before the window instead.
  // Callers usually pass spans already in time order; checking is linear, a comparator sort is not.
  let sorted = true;
  for (let i = 1; i < length && sorted; i++) sorted = items[i - 1]!.start <= items[i]!.start;
  if (!sorted) order.sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const starts = Float64Array.from(order, (i) => items[i]!.start);
  let leaves = 1;
  while (leaves < length) leaves *= 2;
  const maxEnd = new Float64Array(2 * leaves).fill(-Infinity);
  order.forEach((item, position) => {
    maxEnd[leaves + position] = items[item]!.end;
  });
  for (let node = leaves - 1; node >= 1; node--) {
    maxEnd[node] = Math.max(maxEnd[2 * node]!, maxEnd[2 * node + 1]!);
  }
  return { length, starts, order, leaves, maxEnd, stack: new Int32Array(2 * 32 + 2) };
}
