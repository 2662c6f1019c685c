import type { Model } from '../model/types.ts';

export interface EventKindCount {
  readonly kind: string;
  readonly count: number;
}

/** The event kinds the model uses, alphabetically, with how many events each has. */
export function listEventKinds(model: Model): EventKindCount[] {
  const counts = new Map<string, number>();
  for (const event of model.events.values()) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind));
}
