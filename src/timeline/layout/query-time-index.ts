import { withMaxEndTree, type TimeIndex } from './create-time-index';
import { partitionPoint } from './partition-point';

/**
 * Indices (into the array given to createTimeIndex) of the items with start ≤ t1 and end ≥ t0,
 * in start order. Pass `out` to reuse one array across frames; it is cleared first.
 */
export function queryTimeIndex(index: TimeIndex, t0: number, t1: number, out: number[] = []): number[] {
  out.length = 0;
  const { starts, order, leaves, stack } = index;
  // Positions before `hi` start no later than t1; the tree finds those among them ending after t0.
  const hi = partitionPoint(0, index.length, (i) => starts[i]! <= t1);
  if (hi === 0) return out;
  if (hi === index.length && index.minEnd >= t0) {
    // Every item is in the window (as on the first paint, fitted to them all): no tree to walk.
    for (let position = 0; position < hi; position++) out.push(order[position]!);
    return out;
  }
  const { maxEnd } = withMaxEndTree(index);
  let top = 0;
  stack[top++] = 1;
  while (top > 0) {
    const node = stack[--top]!;
    if (maxEnd[node]! < t0) continue;
    const level = 31 - Math.clz32(node);
    const span = leaves >>> level;
    const first = (node - (1 << level)) * span;
    if (first >= hi) continue;
    if (node >= leaves) {
      out.push(order[node - leaves]!);
    } else {
      // Right first, so the left child is popped next and results come out in start order.
      stack[top++] = 2 * node + 1;
      stack[top++] = 2 * node;
    }
  }
  return out;
}
