import { explainDateMistake } from '../model/explain-date-mistake.ts';
import { PARTIAL_DATE_EXPECTED } from '../model/model-file-schema.ts';
import { readPartialDate } from '../model/partial-date.ts';

/** A date typed into a spreadsheet cell, read as a partial date, or why it cannot be. */
export interface CellDateReading {
  readonly date?: string;
  /** What was changed (a time kept to its day) or, without `date`, why the cell is not a date. */
  readonly message?: string;
}

const TIME_WITHOUT_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)$/;

/**
 * A cell → a partial date. A time without a UTC offset (spreadsheets write none) takes `utcOffset`
 * when one is given and is otherwise kept to its day, with a message; anything else that is not a
 * partial date is explained, never guessed at.
 */
export function readCellDate(raw: string, utcOffset?: string): CellDateReading {
  const value = raw.trim();
  const reading = readPartialDate(value);
  if (reading.ok) return { date: value };
  const time = TIME_WITHOUT_OFFSET.exec(value);
  if (time && readPartialDate(`${time[1]}T${time[2]}Z`).ok) {
    if (utcOffset !== undefined && /^(?:Z|[+-]\d{2}:\d{2})$/.test(utcOffset)) return { date: `${time[1]}T${time[2]}${utcOffset}` };
    return {
      date: time[1],
      message: `the time ${time[2]} has no UTC offset, which parley/1 times need (${time[1]}T${time[2]}+02:00, or Z for UTC); the date was kept to the day. Add the offset in the cell, or convert again with --offset`,
    };
  }
  if (reading.reason !== 'not a partial date') return { message: `"${value}" does not exist: ${reading.reason}` };
  const hint = explainDateMistake(value);
  return { message: `"${value}" is not a date parley/1 reads; ${hint ?? `expected ${PARTIAL_DATE_EXPECTED}`}` };
}
