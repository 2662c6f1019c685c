// Pure statistics for the benchmark: no browser, no I/O, so they can be unit-tested.

/** Median of the numbers in `values` (non-numbers are ignored); undefined when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | undefined {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Nearest-rank percentile (p in 0–100): the smallest value with at least p % of the values at or
 * below it, as the peer harness computes it, so the two tables compare like with like.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Summary of the gaps between consecutive requestAnimationFrame timestamps. */
export interface FrameStats {
  /** Number of frame timestamps recorded. */
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Gaps over 50 ms: frames a reader sees as a stall (the Long Animation Frame threshold). */
  longFrames: number;
  /** Gaps over 1.5 × 16.7 ms: at least one 60 Hz frame was dropped. */
  droppedFrames: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Frame statistics from rAF timestamps (ms), in the order they were recorded: one list per timed
 * stretch, so the gap between two stretches (an untimed step between them) is not counted as a frame.
 */
export function frameStats(stretches: readonly (readonly number[])[]): FrameStats {
  const gaps: number[] = [];
  for (const timestamps of stretches) {
    for (let i = 1; i < timestamps.length; i++) gaps.push((timestamps[i] ?? 0) - (timestamps[i - 1] ?? 0));
  }
  return {
    frames: stretches.reduce((n, timestamps) => n + timestamps.length, 0),
    medianMs: round1(median(gaps) ?? 0),
    p95Ms: round1(percentile(gaps, 95) ?? 0),
    maxMs: round1(gaps.length ? Math.max(...gaps) : 0),
    longFrames: gaps.filter((g) => g > 50).length,
    droppedFrames: gaps.filter((g) => g > 25).length,
  };
}
