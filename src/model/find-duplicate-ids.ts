import { formatPath, type PathSegment } from './format-path.ts';
import { getEntries, getString, type JsonRecord } from './loose-json.ts';
import type { LocatedProblem } from './sort-problems.ts';
import type { EntityKind } from './types.ts';

/** Where an id is defined: the first entity that carries it. */
export interface IdDefinition {
  readonly kind: EntityKind;
  readonly at: readonly PathSegment[];
}

export const COLLECTION_KINDS = {
  actors: 'actor',
  events: 'event',
  statements: 'statement',
  sources: 'source',
} as const satisfies Record<string, EntityKind>;

/**
 * All ids of the file by their first definition, and an error on every later definition of the same id
 * (ids are unique across actors, events, statements and sources). Collections are read in file order.
 */
export function findDuplicateIds(root: JsonRecord): {
  ids: Map<string, IdDefinition>;
  problems: LocatedProblem[];
} {
  const ids = new Map<string, IdDefinition>();
  const problems: LocatedProblem[] = [];
  const collections = Object.keys(root).filter((key): key is keyof typeof COLLECTION_KINDS =>
    Object.prototype.hasOwnProperty.call(COLLECTION_KINDS, key),
  );
  for (const collection of collections) {
    const kind = COLLECTION_KINDS[collection];
    for (const [index, entry] of getEntries(root, collection)) {
      const id = getString(entry, 'id');
      if (id === undefined) continue;
      const at = [collection, index, 'id'];
      const first = ids.get(id);
      if (first) {
        problems.push({
          severity: 'error',
          at,
          message: `duplicate id "${id}", already used by the ${first.kind} at ${formatPath(first.at)}; expected ids to be unique across actors, events, statements and sources`,
        });
      } else {
        ids.set(id, { kind, at });
      }
    }
  }
  return { ids, problems };
}
