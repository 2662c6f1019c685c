import { parsePartialDate } from '../model/partial-date.ts';
import type { Model, PartialDate } from '../model/types.ts';

/** The day (UTC) an instant falls on, written as a partial date: `2025-03-25`. */
function dayOf(instant: number): string {
  const iso = new Date(instant).toISOString();
  // Years past 9999 come out as "+010000-…": keep to the format's four digits.
  return iso.startsWith('+') || iso.startsWith('-') ? '9999-12-31' : iso.slice(0, 10);
}

/**
 * The date the positions view shows: the one the reader chose (`at=`), else the end of the timeline's
 * window, else the last day of the model. Undefined only for an empty model.
 */
export function selectPositionsDate(model: Model, chosen: string | null, windowTo: string | undefined): PartialDate | undefined {
  for (const raw of [chosen, windowTo]) {
    const date = raw ? parsePartialDate(raw) : undefined;
    if (date) return date;
  }
  return model.extent ? parsePartialDate(dayOf(model.extent.end - 1)) : undefined;
}
