import type { DateReader } from './find-date-problems.ts';
import type { IdDefinition } from './find-duplicate-ids.ts';
import { getArray, getOwn, getString, isRecord, type JsonRecord } from './loose-json.ts';
import { PARTIAL_DATE_EXPECTED } from './model-file-schema.ts';
import { PARTIAL_DATE_PATTERN } from './partial-date.ts';
import type { LocatedProblem } from './sort-problems.ts';
import type { PartialDate, TimeSpan } from './types.ts';

const WELL_FORMED = new RegExp(PARTIAL_DATE_PATTERN);
const SELECTION_KEYS = ['event', 'statement', 'actor'] as const;
const ARTICLE = { event: 'an event', statement: 'a statement', actor: 'an actor' } as const;

/** The view's window, when both ends are real dates (malformed and impossible ones are reported elsewhere). */
function readWindow(view: JsonRecord, readDate: DateReader): { from: PartialDate; to: PartialDate } | undefined {
  const read = (key: string) => {
    const raw = getString(view, key);
    if (raw === undefined || !WELL_FORMED.test(raw)) return undefined;
    const reading = readDate(raw);
    return reading.ok ? reading.date : undefined;
  };
  const from = read('from');
  const to = read('to');
  return from && to ? { from, to } : undefined;
}

/**
 * Errors in the opening `view` that the schema cannot see: a date that does not exist, a window that
 * ends before it starts, and more than one thing selected. Its ids are checked with every other
 * reference (find-reference-problems.ts), with "did you mean".
 */
export function findViewProblems(root: JsonRecord, readDate: DateReader): LocatedProblem[] {
  const view = getOwn(root, 'view');
  if (!isRecord(view)) return [];
  const problems: LocatedProblem[] = [];
  for (const key of ['from', 'to'] as const) {
    const raw = getString(view, key);
    if (raw === undefined || !WELL_FORMED.test(raw)) continue;
    const reading = readDate(raw);
    if (!reading.ok) {
      problems.push({
        severity: 'error',
        at: ['view', key],
        message: `impossible date "${raw}": ${reading.reason}; expected ${PARTIAL_DATE_EXPECTED} that exists in the calendar`,
      });
    }
  }
  const window = readWindow(view, readDate);
  // The window is [start of from, end of to): `to` may be the same day as `from`, or coarser, never earlier.
  if (window && window.to.end <= window.from.start) {
    problems.push({
      severity: 'error',
      at: ['view', 'to'],
      message: `the window ends ("to": "${window.to.raw}") before it starts ("from": "${window.from.raw}"); expected "to" on or after "from"`,
    });
  }
  const named = SELECTION_KEYS.filter((key) => getOwn(view, key) !== undefined);
  for (const key of named.slice(1)) {
    problems.push({
      severity: 'error',
      at: ['view', key],
      message: `the view selects ${ARTICLE[named[0] ?? 'event']} and ${ARTICLE[key]}; expected at most one of "event", "statement" and "actor"`,
    });
  }
  return problems;
}

/**
 * Slips in a valid view: a window that shows none of the events, and a selection dated outside the
 * window (the app then widens the view to show it, so the window is not what readers get).
 */
export function findViewWarnings(root: JsonRecord, ids: ReadonlyMap<string, IdDefinition>, readDate: DateReader): LocatedProblem[] {
  const view = getOwn(root, 'view');
  if (!isRecord(view)) return [];
  const window = readWindow(view, readDate);
  if (!window || window.to.end <= window.from.start) return [];
  const shown: TimeSpan = { start: window.from.start, end: window.to.end };
  const overlaps = (span: TimeSpan) => span.start < shown.end && span.end > shown.start;
  const warnings: LocatedProblem[] = [];

  const eventSpan = (event: unknown): TimeSpan | undefined => {
    if (!isRecord(event)) return undefined;
    const start = getString(event, 'start');
    const end = getString(event, 'end');
    const startReading = start === undefined ? undefined : readDate(start);
    const endReading = end === undefined ? undefined : readDate(end);
    if (!startReading?.ok || (endReading && !endReading.ok)) return undefined;
    return { start: startReading.date.start, end: Math.max(startReading.date.end, endReading?.ok ? endReading.date.end : 0) };
  };
  const events = getArray(root, 'events');
  if (events.length > 0 && !events.some((event) => { const span = eventSpan(event); return span !== undefined && overlaps(span); })) {
    warnings.push({
      severity: 'warning',
      at: ['view', 'from'],
      message: `the window "${window.from.raw}" to "${window.to.raw}" shows none of the events; expected a window around the events the story is about`,
    });
  }

  const eventId = getString(view, 'event');
  const statementId = getString(view, 'statement');
  const target = eventId ?? statementId;
  const definition = target === undefined ? undefined : ids.get(target);
  let span: TimeSpan | undefined;
  if (definition?.kind === 'event' && eventId !== undefined) span = eventSpan(events[definition.index]);
  if (definition?.kind === 'statement' && statementId !== undefined) {
    const statement = getArray(root, 'statements')[definition.index];
    const raw = isRecord(statement) ? getString(statement, 'date') : undefined;
    const reading = raw === undefined ? undefined : readDate(raw);
    if (reading?.ok) span = { start: reading.date.start, end: reading.date.end };
  }
  if (span && !overlaps(span)) {
    warnings.push({
      severity: 'warning',
      at: ['view', eventId !== undefined ? 'event' : 'statement'],
      message: `${definition?.kind} "${target}" lies outside the window "${window.from.raw}" to "${window.to.raw}"; expected a selection the window shows`,
    });
  }
  return warnings;
}
