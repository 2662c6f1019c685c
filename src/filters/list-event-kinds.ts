import type { Model } from '../model/types.ts';

export interface EventKindCount {
  readonly kind: string;
  readonly count: number;
}

/**
 * The event kinds the model uses, alphabetically (ignoring case), with how many events each has.
 * Compared by code unit, not with localeCompare: its first call sets up a collator, which cost the
 * first paint ~20 ms, for words that are in practice lowercase English.
 */
export function listEventKinds(model: Model): EventKindCount[] {
  return [...model.eventKindCounts].map(([kind, count]) => ({ kind, count })).sort((a, b) => byLowercase(a.kind, b.kind));
}

function byLowercase(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
