import type { EventId, Model, TimelineEvent } from '../model/types';
import { formatMarkName } from './format-mark-name';

const cache = new WeakMap<Model, Map<EventId, string>>();

/**
 * formatMarkName, computed once per event and model: marks re-render on every zoom frame, and
 * formatting dates and participant lists each time showed up in profiles of large models.
 */
export function getMarkName(model: Model, event: TimelineEvent): string {
  let names = cache.get(model);
  if (!names) cache.set(model, (names = new Map()));
  let name = names.get(event.id);
  if (name === undefined) names.set(event.id, (name = formatMarkName(model, event)));
  return name;
}
