/** Below this many positions a run is sorted by insertion before the merges. */
const RUN = 16;

/**
 * Positions 0 … length−1 ordered by ascending `keys[position]`, equal keys keeping their order: what
 * `positions.sort((a, b) => keys[a] - keys[b])` gives, without a comparator call per comparison.
 * The scene sorts every lane's marks, by their left edge, before the first paint and whenever a large
 * scene comes to rest, when a comparator is not yet optimised. Their keys come nearly sorted (in start
 * order, and a point's centre is close to its start), so an insertion sort does it in about one pass.
 * Not always: on a track of 100,000 events a month-long event's centre lies past the days after its
 * start, too many shifts for insertion; then the positions are first spread over one bucket per key
 * by value (stable, two passes), which leaves only ties within a bucket to insert; keys bunched into
 * a few buckets fall back to a merge sort, so the worst case stays O(n log n).
 */
export function stableSortByKey(keys: Float64Array, length: number): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  if (insertionSort(keys, order, length)) return order;
  const bucketed = bucketOrder(keys, length);
  if (bucketed && insertionSort(keys, bucketed, length)) return bucketed;
  return mergeSortByKey(keys, length);
}

/**
 * Sorts `order` in place by insertion, stably; false (leaving it part sorted) once it has shifted
 * a few positions per position: beyond that the input is far from sorted.
 */
function insertionSort(keys: Float64Array, order: Int32Array, length: number): boolean {
  let shiftsLeft = 8 * length + 64;
  for (let i = 1; i < length; i++) {
    const position = order[i]!;
    const key = keys[position]!;
    let j = i - 1;
    while (j >= 0 && keys[order[j]!]! > key) {
      if (--shiftsLeft < 0) return false;
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = position;
  }
  return true;
}

/**
 * Positions in order of their bucket (`length` buckets of equal width between the least and the
 * greatest key), in index order within one: a key never lands in an earlier bucket than a smaller
 * key, so only positions sharing a bucket can still be out of order. Undefined for keys with no
 * finite range.
 */
function bucketOrder(keys: Float64Array, length: number): Int32Array | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < length; i++) {
    const key = keys[i]!;
    if (key < min) min = key;
    if (key > max) max = key;
  }
  const range = max - min;
  if (!(range > 0 && range < Infinity)) return undefined;
  const buckets = length;
  const perUnit = (buckets - 1) / range;
  const bucketOf = new Int32Array(length);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < length; i++) {
    // Rounding is monotonic, so a larger key never gets a smaller bucket; the clamp only guards the ends.
    const bucket = Math.min(buckets - 1, Math.max(0, Math.floor((keys[i]! - min) * perUnit)));
    bucketOf[i] = bucket;
    starts[bucket + 1]!++;
  }
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[starts[bucketOf[i]!]!++] = i;
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
