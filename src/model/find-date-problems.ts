import { getArray, getOwn, getString, isRecord, type JsonRecord } from './loose-json.ts';
import { PARTIAL_DATE_EXPECTED } from './model-file-schema.ts';
import { PARTIAL_DATE_PATTERN, type PartialDateReading } from './partial-date.ts';
import type { LocatedProblem } from './sort-problems.ts';
import type { PathSegment } from './format-path.ts';

/** Reads a partial date; the validator passes one that caches readings for the run. */
export type DateReader = (raw: string) => PartialDateReading;

const WELL_FORMED = new RegExp(PARTIAL_DATE_PATTERN);

/**
 * Dates that have the right shape but do not exist (2025-02-30, month 13, hour 25, year 0000), events
 * whose `end` lies wholly before their `start`, and an opening view whose window does (a window is
 * the start of `from` to the end of `to`). Malformed dates are left to the schema.
 */
export function findDateProblems(root: JsonRecord, readDate: DateReader): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  // The path is built only for a problem: this runs for every date of the file before the first paint.
  const check = (record: JsonRecord, key: string, collection?: string, index?: number, prefix: PathSegment[] = []) => {
    const raw = getString(record, key);
    if (raw === undefined || !WELL_FORMED.test(raw)) return undefined;
    const reading = readDate(raw);
    if (reading.ok) return reading.date;
    problems.push({
      severity: 'error',
      at: [...prefix, ...(collection === undefined ? [key] : index === undefined ? [collection, key] : [collection, index, key])],
      message: `impossible date "${raw}": ${reading.reason}; expected ${PARTIAL_DATE_EXPECTED} that exists in the calendar`,
    });
    return undefined;
  };

  check(root, 'updated');
  // A window runs from the start of `from` to the end of `to`: one that ends before it starts is no range.
  const checkWindow = (record: JsonRecord, at: PathSegment[]) => {
    const from = check(record, 'from', undefined, undefined, at);
    const to = check(record, 'to', undefined, undefined, at);
    if (from && to && to.end <= from.start) {
      problems.push({
        severity: 'error',
        at: [...at, 'to'],
        message: `the window ends ("to": "${to.raw}") before it starts ("from": "${from.raw}"); expected "to" on or after "from"`,
      });
    }
  };
  const view = getOwn(root, 'view');
  if (isRecord(view)) checkWindow(view, ['view']);
  const story = getOwn(root, 'story');
  const steps = isRecord(story) ? getArray(story, 'steps') : [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    if (!isRecord(step)) continue;
    checkWindow(step, ['story', 'steps', index]);
    const filters = getOwn(step, 'filters');
    if (isRecord(filters)) {
      const since = check(filters, 'since', undefined, undefined, ['story', 'steps', index, 'filters']);
      const until = check(filters, 'until', undefined, undefined, ['story', 'steps', index, 'filters']);
      if (since && until && until.end <= since.start) {
        problems.push({
          severity: 'error',
          at: ['story', 'steps', index, 'filters', 'until'],
          message: `the date filter ends ("until": "${until.raw}") before it starts ("since": "${since.raw}"); expected "until" on or after "since"`,
        });
      }
    }
  }
  const events = getArray(root, 'events');
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    if (!isRecord(event)) continue;
    const start = check(event, 'start', 'events', index);
    const end = check(event, 'end', 'events', index);
    if (start && end && end.end <= start.start) {
      problems.push({
        severity: 'error',
        at: ['events', index, 'end'],
        message: `end "${end.raw}" is before start "${start.raw}"; expected an end on or after the start`,
      });
    }
  }
  const statements = getArray(root, 'statements');
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index];
    if (isRecord(statement)) check(statement, 'date', 'statements', index);
  }
  const positions = getArray(root, 'positions');
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index];
    if (isRecord(position)) check(position, 'date', 'positions', index);
  }
  const sources = getArray(root, 'sources');
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index];
    if (!isRecord(source)) continue;
    check(source, 'published', 'sources', index);
    check(source, 'accessed', 'sources', index);
  }
  return problems;
}
