import { isRecord, type JsonRecord } from '../model/loose-json.ts';
import { formatPath } from '../model/format-path.ts';
import { ImportError, type ImportNote } from './import-types.ts';
import type { LocatedSlide, TimelineInput } from './located-slide.ts';

const TOP_KEYS = new Set(['events', 'title', 'eras', 'scale']);

/**
 * True for parsed JSON shaped like a TimelineJS timeline: an `events` list whose slides have a
 * `start_date` (or no events yet), and none of parley/1's own keys, so a Parley model that only lacks
 * its "format" is still validated as one.
 */
export function isTimelineJsJson(json: unknown): json is JsonRecord {
  if (!isRecord(json) || ['format', 'actors', 'statements', 'sources'].some((key) => key in json)) return false;
  const events = json.events;
  if (!Array.isArray(events)) return events === undefined && isRecord(json.title) && isRecord(json.title.text);
  if (events.some((e) => isRecord(e) && ('start' in e || 'id' in e))) return false;
  return events.length === 0 || events.some((e) => isRecord(e) && 'start_date' in e);
}

function slideAt(prefix: string): (field: string) => string {
  return (field) => `${prefix}.${field}`;
}

/**
 * A parsed TimelineJS JSON file → its slides, each with its JSON path for the notes. Items of `events`
 * that are not objects are notes; a file without `events` is not a TimelineJS file.
 */
export function readTimelineJsJson(json: unknown, fileName: string): TimelineInput {
  if (!isRecord(json) || (json.events !== undefined && !Array.isArray(json.events))) {
    throw new ImportError(`${fileName} is not a TimelineJS file: expected an object with an "events" list (TimelineJS) or "format": "parley/1" (Parley).`);
  }
  const notes: ImportNote[] = [];
  for (const key of Object.keys(json)) {
    if (!TOP_KEYS.has(key)) notes.push({ at: key, message: 'not carried over (not part of the TimelineJS format)' });
  }
  if (json.scale === 'cosmological') {
    notes.push({ at: 'scale', message: 'the cosmological scale is not carried over: parley/1 dates run from 0001 to 9999' });
  }
  const located = (value: unknown, path: (string | number)[]): LocatedSlide | undefined => {
    const origin = formatPath(path);
    if (!isRecord(value)) {
      notes.push({ at: origin, message: 'not carried over (expected a slide object)' });
      return undefined;
    }
    return { slide: value, origin, at: slideAt(origin) };
  };
  const events = (Array.isArray(json.events) ? json.events : []).map((e, i) => located(e, ['events', i])).filter((s): s is LocatedSlide => s !== undefined);
  const eras = (Array.isArray(json.eras) ? json.eras : []).map((e, i) => located(e, ['eras', i])).filter((s): s is LocatedSlide => s !== undefined);
  if (json.eras !== undefined && !Array.isArray(json.eras)) notes.push({ at: 'eras', message: 'not carried over (expected a list of eras)' });
  const title = json.title === undefined ? undefined : located(json.title, ['title']);
  return { fileName, events, eras, notes, ...(title && { title }) };
}
