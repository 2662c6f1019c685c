import type { EntityKind, Model } from './types.ts';

/** The tables a kind-of map is built from. */
type Tables = Pick<Model, 'actors' | 'events' | 'statements' | 'sources' | 'topics' | 'positions'>;

/**
 * The kind of every id in the model. Shared by `normalizeModel` and `unpackModel` (a model prepared
 * in a worker), which both wrap it in a lazy map: only the detail panel asks an id's kind.
 */
export function createKindOfMap({ actors, events, statements, sources, topics, positions }: Tables): Map<string, EntityKind> {
  const map = new Map<string, EntityKind>();
  for (const id of actors.keys()) map.set(id, 'actor');
  for (const id of sources.keys()) map.set(id, 'source');
  for (const id of events.keys()) map.set(id, 'event');
  for (const id of statements.keys()) map.set(id, 'statement');
  for (const id of topics.keys()) map.set(id, 'topic');
  for (const id of positions.keys()) map.set(id, 'position');
  return map;
}
