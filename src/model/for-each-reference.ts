import type { PathSegment } from './format-path.ts';
import { getArray, getOwn, isRecord, type JsonRecord } from './loose-json.ts';
import type { EntityKind } from './types.ts';

/** The referring field, as in `Backlink.field`. */
export type ReferenceField =
  | 'affiliations' | 'participants' | 'sources' | 'related' | 'speaker' | 'event' | 'about' | 'source'
  | 'actor' | 'topic' | 'evidence'
  | 'view.event' | 'view.statement' | 'view.actor'
  | 'step.event' | 'step.statement' | 'step.actor' | 'step.actors';

/** The kinds of entity each referring field may name. */
export const REFERENCE_KINDS: Readonly<Record<ReferenceField, readonly EntityKind[]>> = {
  affiliations: ['actor'],
  participants: ['actor'],
  sources: ['source'],
  related: ['event'],
  speaker: ['actor'],
  event: ['event'],
  about: ['event', 'actor', 'statement'],
  source: ['source'],
  actor: ['actor'],
  topic: ['topic'],
  evidence: ['statement'],
  'view.event': ['event'],
  'view.statement': ['statement'],
  'view.actor': ['actor'],
  'step.event': ['event'],
  'step.statement': ['statement'],
  'step.actor': ['actor'],
  'step.actors': ['actor'],
};

/** The JSON path of a reference: entry `index` of its collection, item `item` of list fields. */
export function getReferencePath(field: ReferenceField, index: number, item: number): PathSegment[] {
  switch (field) {
    case 'affiliations': return ['actors', index, 'affiliations', item];
    case 'participants': return ['events', index, 'participants', item, 'actor'];
    case 'sources': return ['events', index, 'sources', item];
    case 'related': return ['events', index, 'related', item, 'event'];
    case 'speaker': return ['statements', index, 'speaker'];
    case 'event': return ['statements', index, 'event'];
    case 'about': return ['statements', index, 'about', item];
    case 'source': return ['statements', index, 'source', 'source'];
    case 'actor': return ['positions', index, 'actor'];
    case 'topic': return ['positions', index, 'topic'];
    case 'evidence': return ['positions', index, 'evidence', item];
    case 'view.event': return ['view', 'event'];
    case 'view.statement': return ['view', 'statement'];
    case 'view.actor': return ['view', 'actor'];
    case 'step.event': return ['story', 'steps', index, 'event'];
    case 'step.statement': return ['story', 'steps', index, 'statement'];
    case 'step.actor': return ['story', 'steps', index, 'actor'];
    case 'step.actors': return ['story', 'steps', index, 'filters', 'actors', item];
  }
}

/** Receives one reference; `index` and `item` locate it (see getReferencePath). */
export type ReferenceVisitor = (id: string, field: ReferenceField, index: number, item: number) => void;

/**
 * Calls `visit` for every string that refers to an id, in a file that may not have passed the schema:
 * values that are not strings are skipped (the schema reports them). Allocates nothing per reference.
 */
export function forEachReference(root: JsonRecord, visit: ReferenceVisitor): void {
  const at = (value: unknown, key: string) => (isRecord(value) ? getOwn(value, key) : undefined);
  const each = (record: JsonRecord, key: ReferenceField, index: number, inner?: string) => {
    const list = getArray(record, key);
    for (let j = 0; j < list.length; j++) {
      const value = inner === undefined ? list[j] : at(list[j], inner);
      if (typeof value === 'string') visit(value, key, index, j);
    }
  };
  const actors = getArray(root, 'actors');
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i];
    if (isRecord(actor)) each(actor, 'affiliations', i);
  }
  const events = getArray(root, 'events');
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isRecord(event)) continue;
    each(event, 'participants', i, 'actor');
    each(event, 'sources', i);
    each(event, 'related', i, 'event');
  }
  const statements = getArray(root, 'statements');
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    if (!isRecord(statement)) continue;
    const speaker = getOwn(statement, 'speaker');
    if (typeof speaker === 'string') visit(speaker, 'speaker', i, 0);
    const occasion = getOwn(statement, 'event');
    if (typeof occasion === 'string') visit(occasion, 'event', i, 0);
    each(statement, 'about', i);
    const source = at(getOwn(statement, 'source'), 'source');
    if (typeof source === 'string') visit(source, 'source', i, 0);
  }
  const positions = getArray(root, 'positions');
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i];
    if (!isRecord(position)) continue;
    const actor = getOwn(position, 'actor');
    if (typeof actor === 'string') visit(actor, 'actor', i, 0);
    const topic = getOwn(position, 'topic');
    if (typeof topic === 'string') visit(topic, 'topic', i, 0);
    each(position, 'evidence', i);
  }
  const view = getOwn(root, 'view');
  if (isRecord(view)) {
    for (const key of ['event', 'statement', 'actor'] as const) {
      const id = getOwn(view, key);
      if (typeof id === 'string') visit(id, `view.${key}`, 0, 0);
    }
  }
  const story = getOwn(root, 'story');
  const steps = isRecord(story) ? getArray(story, 'steps') : [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!isRecord(step)) continue;
    for (const key of ['event', 'statement', 'actor'] as const) {
      const id = getOwn(step, key);
      if (typeof id === 'string') visit(id, `step.${key}`, i, 0);
    }
    const filters = getOwn(step, 'filters');
    const actors = isRecord(filters) ? getArray(filters, 'actors') : [];
    for (let j = 0; j < actors.length; j++) {
      const id = actors[j];
      if (typeof id === 'string') visit(id, 'step.actors', i, j);
    }
  }
}
