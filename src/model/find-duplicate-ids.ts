import { formatPath, type PathSegment } from './format-path.ts';
import { getArray, getOwn, isRecord, type JsonRecord } from './loose-json.ts';
import type { LocatedProblem } from './sort-problems.ts';
import type { EntityKind } from './types.ts';

/** Where an id is defined: the first entity that carries it, as kind and index in its collection. */
export interface IdDefinition {
  readonly kind: EntityKind;
  readonly index: number;
  /**
   * Whether any reference in the file names this id. Set by findReferenceProblems as it resolves each
   * reference, so that the warnings need no pass of their own over 700,000 references.
   */
  referred: boolean;
}

/** Where ids are defined, as the warnings ask it: findDuplicateIds's map, or the walk's lookup. */
export type IdLookup = Pick<ReadonlyMap<string, IdDefinition>, 'get'>;

export const COLLECTION_OF: Readonly<Record<EntityKind, string>> = {
  actor: 'actors',
  event: 'events',
  statement: 'statements',
  source: 'sources',
  topic: 'topics',
  position: 'positions',
};

const KIND_OF_COLLECTION: ReadonlyMap<string, EntityKind> = new Map(
  Object.entries(COLLECTION_OF).map(([kind, collection]) => [collection, kind as EntityKind]),
);

export const getIdPath = (definition: IdDefinition): PathSegment[] =>
  [COLLECTION_OF[definition.kind], definition.index, 'id'];

/**
 * All ids of the file by their first definition, and an error on every later definition of the same id
 * (ids are unique across actors, events, statements, sources, topics and positions). Collections are read in file order.
 */
export function findDuplicateIds(root: JsonRecord): {
  ids: Map<string, IdDefinition>;
  problems: LocatedProblem[];
} {
  const ids = new Map<string, IdDefinition>();
  const problems: LocatedProblem[] = [];
  for (const collection of Object.keys(root)) {
    const kind = KIND_OF_COLLECTION.get(collection);
    if (kind === undefined) continue;
    const list = getArray(root, collection);
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      const id = isRecord(entry) ? getOwn(entry, 'id') : undefined;
      if (typeof id !== 'string') continue;
      const first = ids.get(id);
      if (first) {
        problems.push({
          severity: 'error',
          at: [collection, index, 'id'],
          message: `duplicate id "${id}", already used by the ${first.kind} at ${formatPath(getIdPath(first))}; expected ids to be unique across actors, events, statements, sources, topics and positions`,
        });
      } else {
        ids.set(id, { kind, index, referred: false });
      }
    }
  }
  return { ids, problems };
}
