import type { PathSegment } from './format-path.ts';
import { getArray, getEntries, getOwn, getString, isRecord, type JsonRecord } from './loose-json.ts';
import type { EntityKind } from './types.ts';

/** One place in the file where an id refers to another entity. */
export interface Reference {
  readonly at: readonly PathSegment[];
  readonly id: string;
  /** The kinds the id may name. */
  readonly expected: readonly EntityKind[];
  /** The referring field, as in `Backlink.field`. */
  readonly field: string;
}

const ACTOR = ['actor'] as const;
const EVENT = ['event'] as const;
const SOURCE = ['source'] as const;
const ABOUT = ['event', 'actor', 'statement'] as const;

/**
 * Every id reference in a file that may not have passed the schema yet, in file order within each
 * collection: affiliations, participants, sources, related events, speakers, occasions, about, sources.
 * Values that are not strings are skipped (the schema reports them).
 */
export function listReferences(root: JsonRecord): Reference[] {
  const refs: Reference[] = [];
  const add = (value: unknown, at: readonly PathSegment[], expected: readonly EntityKind[], field: string) => {
    if (typeof value === 'string') refs.push({ at, id: value, expected, field });
  };
  for (const [i, actor] of getEntries(root, 'actors')) {
    getArray(actor, 'affiliations').forEach((id, j) => add(id, ['actors', i, 'affiliations', j], ACTOR, 'affiliations'));
  }
  for (const [i, event] of getEntries(root, 'events')) {
    getArray(event, 'participants').forEach((p, j) => {
      if (isRecord(p)) add(getOwn(p, 'actor'), ['events', i, 'participants', j, 'actor'], ACTOR, 'participants');
    });
    getArray(event, 'sources').forEach((id, j) => add(id, ['events', i, 'sources', j], SOURCE, 'sources'));
    getArray(event, 'related').forEach((r, j) => {
      if (isRecord(r)) add(getOwn(r, 'event'), ['events', i, 'related', j, 'event'], EVENT, 'related');
    });
  }
  for (const [i, statement] of getEntries(root, 'statements')) {
    add(getString(statement, 'speaker'), ['statements', i, 'speaker'], ACTOR, 'speaker');
    add(getString(statement, 'event'), ['statements', i, 'event'], EVENT, 'event');
    getArray(statement, 'about').forEach((id, j) => add(id, ['statements', i, 'about', j], ABOUT, 'about'));
    const source = getOwn(statement, 'source');
    if (isRecord(source)) add(getOwn(source, 'source'), ['statements', i, 'source', 'source'], SOURCE, 'source');
  }
  return refs;
}
