import type { Model, Position } from '../model/types.ts';

/**
 * "Russia: A general 30-day ceasefire": what the panel and announcements call a position (the topic's
 * title as written, since lowercasing it would break names such as "NATO").
 */
export function getPositionTitle(model: Model, position: Position): string {
  const actor = model.actors.get(position.actor)?.name ?? position.actor;
  const topic = model.topics.get(position.topic)?.title ?? position.topic;
  return `${actor}: ${topic}`;
}
