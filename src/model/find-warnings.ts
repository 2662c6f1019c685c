import type { DateReader } from './find-date-problems.ts';
import type { IdLookup } from './find-duplicate-ids.ts';
import { formatDateRange } from './format-partial-date.ts';
import { getArray, getEntries, getOwn, getString, isRecord, type JsonRecord } from './loose-json.ts';
import type { PartialDate } from './types.ts';
import { ID_MAX_LENGTH, ID_PATTERN } from './model-file-schema.ts';
import type { LocatedProblem } from './sort-problems.ts';

const ID = new RegExp(ID_PATTERN);
const describeEvent = (id: string | undefined) => (id === undefined ? 'event' : `event "${id}"`);

/**
 * Things that are allowed but probably a curator's slip (call it after findReferenceProblems, which
 * marks the ids referred to): an actor nothing refers to, an event without a source, a statement
 * dated outside the span of the event it was said at, an `order` that orders nothing, an opening view
 * whose window shows no event or leaves out what it selects.
 */
export function findWarnings(
  root: JsonRecord,
  ids: IdLookup,
  readDate: DateReader,
): LocatedProblem[] {
  const warnings: LocatedProblem[] = [];
  const warn = (at: LocatedProblem['at'], message: string) => warnings.push({ severity: 'warning', at, message });

  for (const [index, actor] of getEntries(root, 'actors')) {
    const id = getString(actor, 'id');
    if (id === undefined || !ID.test(id) || id.length > ID_MAX_LENGTH || ids.get(id)?.index !== index || ids.get(id)?.referred === true) continue;
    warn(['actors', index, 'id'], `actor "${id}" is not referred to anywhere; expected it as a participant, speaker, affiliation or in a statement's about`);
  }

  const events = getArray(root, 'events');
  for (const [index, event] of getEntries(root, 'events')) {
    if (getArray(event, 'sources').length === 0) {
      warn(['events', index, 'sources'], `${describeEvent(getString(event, 'id'))} has no source; expected at least one source id`);
    }
  }

  const readSpan = (record: JsonRecord) => {
    const start = getString(record, 'start');
    const end = getString(record, 'end');
    const startReading = start === undefined ? undefined : readDate(start);
    const endReading = end === undefined ? undefined : readDate(end);
    if (!startReading?.ok || (endReading && !endReading.ok)) return undefined;
    return { start: startReading.date, end: endReading?.ok ? endReading.date : undefined };
  };
  warnOrderWithoutEffect(root, 'events', 'start', readDate, warn);
  warnOrderWithoutEffect(root, 'statements', 'date', readDate, warn);

  for (const [index, statement] of getEntries(root, 'statements')) {
    const raw = getString(statement, 'date');
    const occasion = getString(statement, 'event');
    if (raw === undefined || occasion === undefined) continue;
    const target = ids.get(occasion);
    const reading = readDate(raw);
    if (!reading.ok || target?.kind !== 'event') continue;
    const event = events[target.index];
    const span = isRecord(event) ? readSpan(event) : undefined;
    if (!span) continue;
    const spanEnd = (span.end ?? span.start).end;
    if (reading.date.end <= span.start.start || reading.date.start >= spanEnd) {
      const when = formatDateRange(span.start, span.end);
      warn(
        ['statements', index, 'date'],
        `statement dated "${raw}" falls outside its occasion "${occasion}" (${when}); expected a date within the event's span`,
      );
    }
  }

  const view = getOwn(root, 'view');
  const window = isRecord(view) ? readSpan({ start: getOwn(view, 'from'), end: getOwn(view, 'to') }) : undefined;
  if (isRecord(view) && window?.end && window.end.end > window.start.start) {
    const from = window.start;
    const to = window.end;
    const shows = (span: { start: PartialDate; end?: PartialDate } | undefined) =>
      !span || (span.start.start < to.end && (span.end ?? span.start).end > from.start);
    const between = `"${from.raw}" to "${to.raw}"`;
    if (events.length > 0 && !events.some((event) => isRecord(event) && readSpan(event) && shows(readSpan(event)))) {
      warn(['view', 'from'], `the window ${between} shows none of the events; expected a window around the events the story is about`);
    }
    for (const key of ['event', 'statement'] as const) {
      const id = getString(view, key);
      const target = id === undefined ? undefined : ids.get(id);
      const entry = target?.kind === key ? getArray(root, `${key}s`)[target.index] : undefined;
      if (!isRecord(entry)) continue;
      const date = key === 'statement' ? getString(entry, 'date') : undefined;
      const reading = date === undefined ? undefined : readDate(date);
      const span = key === 'event' ? readSpan(entry) : reading?.ok ? { start: reading.date } : undefined;
      if (!shows(span)) warn(['view', key], `${key} "${id}" lies outside the window ${between}; expected a selection the window shows`);
    }
  }
  return warnings;
}

/**
 * `order` ranks only items of one collection that start at the same moment; on an item that starts
 * alone it orders nothing. The likely slip is expecting it to move a dated item past a timed one of the
 * same day (or to override a time), which it never does.
 */
function warnOrderWithoutEffect(
  root: JsonRecord,
  collection: 'events' | 'statements',
  dateField: 'start' | 'date',
  readDate: DateReader,
  warn: (at: LocatedProblem['at'], message: string) => void,
): void {
  const startOf = (item: JsonRecord) => {
    const raw = getString(item, dateField);
    const reading = raw === undefined ? undefined : readDate(raw);
    return reading?.ok ? reading.date.start : undefined;
  };
  const entries = getEntries(root, collection);
  // Only an item with a well-formed order can get this warning. Most files have none: then no start
  // is read (at 100,000 events, reading and counting them all was ~0.1 s of the CLI's check).
  if (!entries.some(([, item]) => Number.isSafeInteger(getOwn(item, 'order')))) return;
  // Each start read once: this runs for every event and statement of a valid file the CLI checks.
  const starts = entries.map(([, item]) => startOf(item));
  const sharing = new Map<number | undefined, number>();
  for (const start of starts) sharing.set(start, (sharing.get(start) ?? 0) + 1);
  const noun = collection.slice(0, -1);
  for (const [k, [index, item]] of entries.entries()) {
    const start = starts[k];
    // A malformed order has its error already; this is about a well-formed one that does nothing.
    if (start === undefined || sharing.get(start) !== 1 || !Number.isSafeInteger(getOwn(item, 'order'))) continue;
    warn(
      [collection, index, 'order'],
      `${noun} "${getString(item, 'id')}" has an order but no other ${noun} starts with it (${getString(item, dateField)}), so it orders nothing; expected order only on ${collection} that start together`,
    );
  }
}
