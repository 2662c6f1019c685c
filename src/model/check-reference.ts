import type { IdDefinition } from './find-duplicate-ids.ts';
import { REFERENCE_KINDS, type ReferenceField } from './for-each-reference.ts';

/** What is wrong with one reference: it names no entity, an entity of the wrong kind, or (for `related`) its own event. */
export type ReferenceFault = 'unknown' | 'wrong-kind' | 'self' | undefined;

/** Checks one reference (see forEachReference) against the file's ids; undefined when it is right. */
export function checkReference(id: string, field: ReferenceField, index: number, ids: ReadonlyMap<string, IdDefinition>): ReferenceFault {
  const target = ids.get(id);
  if (!target) return 'unknown';
  if (!REFERENCE_KINDS[field].includes(target.kind)) return 'wrong-kind';
  return field === 'related' && target.index === index ? 'self' : undefined;
}
