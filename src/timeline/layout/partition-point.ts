/**
 * The first index in [lo, hi) at which `isBefore` turns false, for a predicate that is true on a
 * prefix and false after it (a lower/upper bound, as Rust's `partition_point`).
 * Written here because d3-array ships no types in this project and a bisect is eight lines.
 */
export function partitionPoint(lo: number, hi: number, isBefore: (index: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
