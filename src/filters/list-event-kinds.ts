import type { Model } from '../model/types.ts';

export interface EventKindCount {
  readonly kind: string;
  readonly count: number;
}

/** The event kinds the model uses, alphabetically, with how many events each has. */
export function listEventKinds(model: Model): EventKindCount[] {
  return [...model.eventKindCounts].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind));
}
