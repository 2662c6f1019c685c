import type { Model, TimelineEvent } from '../model/types';
import { formatDateRange } from '../model/format-partial-date';

/**
 * The accessible name of an event mark: title first (so people and tests find it by title), then the
 * date with its precision, the kind and who took part.
 */
export function formatMarkName(model: Model, event: TimelineEvent): string {
  const names = event.participants.map((p) => model.actors.get(p.actor)?.name ?? p.actor);
  const who = names.length ? `, with ${names.join(', ')}` : '';
  return `${event.title}, ${formatDateRange(event.start, event.end)}, ${event.kind}${who}`;
}
