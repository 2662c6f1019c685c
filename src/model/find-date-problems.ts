import { getEntries, getString, type JsonRecord } from './loose-json.ts';
import { PARTIAL_DATE_EXPECTED } from './model-file-schema.ts';
import { PARTIAL_DATE_PATTERN, type PartialDateReading } from './partial-date.ts';
import type { PathSegment } from './format-path.ts';
import type { LocatedProblem } from './sort-problems.ts';

/** Reads a partial date; the validator passes one that caches readings for the run. */
export type DateReader = (raw: string) => PartialDateReading;

const WELL_FORMED = new RegExp(PARTIAL_DATE_PATTERN);

/**
 * Dates that have the right shape but do not exist (2025-02-30, month 13, hour 25, year 0000), and
 * events whose `end` lies wholly before their `start`. Malformed dates are left to the schema.
 */
export function findDateProblems(root: JsonRecord, readDate: DateReader): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const check = (record: JsonRecord, key: string, at: readonly PathSegment[]) => {
    const raw = getString(record, key);
    if (raw === undefined || !WELL_FORMED.test(raw)) return undefined;
    const reading = readDate(raw);
    if (reading.ok) return reading.date;
    problems.push({
      severity: 'error',
      at: [...at, key],
      message: `impossible date "${raw}": ${reading.reason}; expected ${PARTIAL_DATE_EXPECTED} that exists in the calendar`,
    });
    return undefined;
  };

  check(root, 'updated', []);
  for (const [index, event] of getEntries(root, 'events')) {
    const start = check(event, 'start', ['events', index]);
    const end = check(event, 'end', ['events', index]);
    if (start && end && end.end <= start.start) {
      problems.push({
        severity: 'error',
        at: ['events', index, 'end'],
        message: `end "${end.raw}" is before start "${start.raw}"; expected an end on or after the start`,
      });
    }
  }
  for (const [index, statement] of getEntries(root, 'statements')) check(statement, 'date', ['statements', index]);
  for (const [index, source] of getEntries(root, 'sources')) {
    check(source, 'published', ['sources', index]);
    check(source, 'accessed', ['sources', index]);
  }
  return problems;
}
