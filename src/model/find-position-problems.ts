import type { DateReader } from './find-date-problems.ts';
import type { IdDefinition } from './find-duplicate-ids.ts';
import { formatPath } from './format-path.ts';
import { getArray, getOwn, getString, isRecord, type JsonRecord } from './loose-json.ts';
import type { LocatedProblem } from './sort-problems.ts';
import type { PartialDate } from './types.ts';

/** The date of the entity an id names, when it is a statement with a real date. */
function readStatementDate(root: JsonRecord, ids: ReadonlyMap<string, IdDefinition>, id: string, readDate: DateReader): PartialDate | undefined {
  const definition = ids.get(id);
  if (definition?.kind !== 'statement') return undefined;
  const statement = getArray(root, 'statements')[definition.index];
  const raw = isRecord(statement) ? getString(statement, 'date') : undefined;
  const reading = raw === undefined ? undefined : readDate(raw);
  return reading?.ok ? reading.date : undefined;
}

/**
 * Errors in positions that neither the schema nor the reference check can see: evidence said after
 * the date the position holds from (a quote cannot show a stance before it was spoken), and two
 * positions of one actor on one topic from the same moment (which of them holds would be a guess).
 * Runs on a file that may not have passed the schema: what is malformed is left to the other checks.
 */
export function findPositionProblems(root: JsonRecord, ids: ReadonlyMap<string, IdDefinition>, readDate: DateReader): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const positions = getArray(root, 'positions');
  // actor + topic + start → index of the first position there.
  const taken = new Map<string, number>();
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index];
    if (!isRecord(position)) continue;
    const raw = getString(position, 'date');
    const reading = raw === undefined ? undefined : readDate(raw);
    if (!reading?.ok) continue;
    const date = reading.date;

    const evidence = getOwn(position, 'evidence');
    if (Array.isArray(evidence)) {
      evidence.forEach((id: unknown, item) => {
        if (typeof id !== 'string') return;
        const said = readStatementDate(root, ids, id, readDate);
        if (said && said.start >= date.end) {
          problems.push({
            severity: 'error',
            at: ['positions', index, 'evidence', item],
            message: `statement "${id}" is dated ${said.raw}, after the position's date ${date.raw}; expected evidence said on or before the date the position holds from`,
          });
        }
      });
    }

    const actor = getString(position, 'actor');
    const topic = getString(position, 'topic');
    if (actor === undefined || topic === undefined) continue;
    const key = `${actor}\u0000${topic}\u0000${date.start}`;
    const first = taken.get(key);
    if (first === undefined) {
      taken.set(key, index);
      continue;
    }
    const firstRaw = getString(positions[first] as JsonRecord, 'date');
    problems.push({
      severity: 'error',
      at: ['positions', index, 'date'],
      message: `actor "${actor}" already has a position on topic "${topic}" from ${firstRaw === raw ? raw : `${firstRaw}, the same moment as ${raw}`} (${formatPath(['positions', first])}); expected one position per actor, topic and date`,
    });
  }
  return problems;
}
