/** Below this many positions a run is sorted by insertion before the merges. */
const RUN = 16;

/**
 * Positions 0 … length−1 ordered by ascending `keys[position]`, equal keys keeping their order: what
 * `positions.sort((a, b) => keys[a] - keys[b])` gives, without a comparator call per comparison.
 * The scene sorts every lane's marks, by their left edge, before the first paint, when a comparator is
 * not yet optimised. Their keys come nearly sorted (in start order, and a point's centre is close to its
 * start), so an insertion sort does it in about one pass; input that is far from sorted is merge sorted.
 */
export function stableSortByKey(keys: Float64Array, length: number): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  // Each shift moves one position past one with a greater key: beyond a few per position, stop
  // shifting and merge sort instead, so the worst case stays O(n log n).
  let shiftsLeft = 8 * length + 64;
  for (let i = 1; i < length; i++) {
    const position = order[i]!;
    const key = keys[position]!;
    let j = i - 1;
    while (j >= 0 && keys[order[j]!]! > key) {
      if (--shiftsLeft < 0) return mergeSortByKey(keys, length);
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = position;
  }
  return order;
}

/** The same order by a bottom-up merge sort: runs of RUN by insertion, then merges between two buffers. */
function mergeSortByKey(keys: Float64Array, length: number): Int32Array {
  let from = new Int32Array(length);
  for (let i = 0; i < length; i++) from[i] = i;
  for (let lo = 0; lo < length; lo += RUN) {
    const hi = Math.min(lo + RUN, length);
    for (let i = lo + 1; i < hi; i++) {
      const position = from[i]!;
      const key = keys[position]!;
      let j = i - 1;
      while (j >= lo && keys[from[j]!]! > key) {
        from[j + 1] = from[j]!;
        j--;
      }
      from[j + 1] = position;
    }
  }
  let to = new Int32Array(length);
  for (let width = RUN; width < length; width *= 2) {
    for (let lo = 0; lo < length; lo += 2 * width) {
      const mid = Math.min(lo + width, length);
      const hi = Math.min(lo + 2 * width, length);
      let i = lo;
      let j = mid;
      let k = lo;
      // Strictly less from the right half, so of equal keys the left (earlier) one goes first.
      while (i < mid && j < hi) to[k++] = keys[from[j]!]! < keys[from[i]!]! ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    const merged = to;
    to = from;
    from = merged;
  }
  return from;
}
