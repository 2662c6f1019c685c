import { describeValue } from './describe-value.ts';
import type { PathSegment } from './format-path.ts';
import { isRecord } from './loose-json.ts';

const idIn = (value: unknown, fallback: string) => (typeof value === 'string' && value !== '' ? value : fallback);
const got = (value: unknown) => `got ${describeValue(value)}`;

/** `["events", 3, "participants", 0]` → `events.#.participants.#`: the shape of a path without its indexes. */
export function shapeOf(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? '#' : s)).join('.');
}

/**
 * The message for a value of the wrong type where the shape wanted is easy to get wrong, showing it
 * filled with the value written: a participant is `{ "actor": "putin" }`, not `"putin"`; a
 * statement's `source` is one object with a locator while an event's `sources` is a list of ids.
 * Undefined for other paths, which get the general message.
 */
export function describeShapeMistake(path: readonly PathSegment[], value: unknown): string | undefined {
  const list = (example: string) => `expected a list like [${example}], ${got(value)}`;
  switch (shapeOf(path)) {
    case 'events.#.participants':
      return list(`{ "actor": "${idIn(value, 'an-actor-id')}" }`);
    case 'events.#.participants.#':
      return `expected an object like { "actor": "${idIn(value, 'an-actor-id')}" } (with "role": "…" if it helps), ${got(value)}`;
    case 'events.#.related.#':
      return `expected an object like { "event": "${idIn(value, 'an-event-id')}", "relation": "follows" }, ${got(value)}`;
    case 'events.#.location':
      return `expected an object like { "name": "${idIn(value, 'Jeddah, Saudi Arabia')}" } (with "lat" and "lon" if known), ${got(value)}`;
    case 'events.#.sources':
      return list(`"${idIn(value, 'a-source-id')}"`);
    case 'events.#.sources.#': {
      const named = isRecord(value) ? value.source : undefined;
      return isRecord(value)
        ? `expected a source id like "${idIn(named, 'a-source-id')}", ${got(value)}: an event's "sources" is a list of ids; the { "source": …, "locator": … } form is a statement's "source"`
        : undefined;
    }
    case 'statements.#.source':
      if (Array.isArray(value)) {
        return `expected one object like { "source": "${idIn(value[0], 'a-source-id')}", "locator": "…" }, ${got(value)}: a statement has one source; only an event's "sources" is a list`;
      }
      return `expected an object like { "source": "${idIn(value, 'a-source-id')}", "locator": "…" }, ${got(value)}: a statement's "source" names one source with an optional locator, while an event's "sources" is a list of ids`;
    case 'statements.#.about':
    case 'actors.#.affiliations':
    case 'actors.#.aliases':
      return typeof value === 'string' ? list(`"${value}"`) : undefined;
    default:
      return undefined;
  }
}
