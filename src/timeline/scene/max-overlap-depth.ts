import type { TimeSpan } from '../../model/types';

/**
 * The most spans that share one moment, or `atMost` once some moment has that many: how many rows a
 * lane needs so that, zoomed in far enough, every one of its items is drawn on its own. Spans are
 * half-open ([start, end)): a day that ends at midnight does not meet the day that starts there.
 * A span shorter than `minLength` counts as `minLength` about its centre, because a moment is drawn
 * as a mark of fixed width however far one zooms: two calls a minute apart need two rows on a phone.
 * O(n log n), two typed arrays and native numeric sorts (this runs for every lane before the first paint).
 */
export function maxOverlapDepth(spans: readonly TimeSpan[], minLength = 0, atMost = Infinity): number {
  const length = spans.length;
  const starts = new Float64Array(length);
  const ends = new Float64Array(length);
  const half = minLength / 2;
  for (let i = 0; i < length; i++) {
    const { start, end } = spans[i]!;
    if (end - start >= minLength) {
      starts[i] = start;
      ends[i] = end;
    } else {
      const centre = (start + end) / 2;
      starts[i] = centre - half;
      ends[i] = centre + half;
    }
  }
  starts.sort();
  ends.sort();
  // Sweep the starts in order; the spans still open at a start are those started minus those ended.
  let most = 0;
  let ended = 0;
  for (let i = 0; i < length && most < atMost; i++) {
    while (ends[ended]! <= starts[i]!) ended++;
    const open = i + 1 - ended;
    if (open > most) most = open;
  }
  return Math.min(most, atMost);
}
