import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** How many entries the first paint shows, and how many each later step adds. */
export interface ProgressiveCountOptions {
  readonly first?: number;
  readonly step?: number;
}

/**
 * How many of `total` items to render now: `first` at once, then `step` more per task as a transition
 * (by default all the rest in one), so a 10,000-event list paints its top at once and React renders the
 * rest in interruptible slices. A new
 * `source` (other filters) starts again from `first`. `completeNow` renders everything synchronously,
 * for printing.
 */
export function useProgressiveCount(
  total: number,
  source: unknown,
  { first = 1, step = Number.POSITIVE_INFINITY }: ProgressiveCountOptions = {},
): [count: number, completeNow: () => void] {
  const [state, setState] = useState({ source, count: first });
  let count = state.count;
  if (state.source !== source) {
    // Adjusting state while rendering, as React documents for "reset on prop change".
    count = first;
    setState({ source, count });
  }

  useEffect(() => {
    if (count >= total) return;
    const handle = setTimeout(() => {
      startTransition(() => setState((s) => (s.source === source ? { source, count: s.count + step } : s)));
    }, 0);
    return () => clearTimeout(handle);
  }, [count, total, source, step]);

  const completeNow = useCallback(() => {
    flushSync(() => setState((s) => ({ source: s.source, count: Number.POSITIVE_INFINITY })));
  }, []);

  return [Math.min(count, total), completeNow];
}
