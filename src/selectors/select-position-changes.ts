import type { Model, PartialDate } from '../model/types.ts';

/**
 * The dates on which some position changed (each date a position is taken from), in time order: the
 * steps of the positions view's Previous change and Next change. Dates that start at the same moment
 * (`2025-03-01` and `2025-03`) are one step, written as the more precise of them.
 */
export function selectPositionChanges(model: Model): readonly PartialDate[] {
  const dates: PartialDate[] = [];
  for (const id of model.positionOrder) {
    const date = model.positions.get(id)?.date;
    if (date) dates.push(date);
  }
  dates.sort((a, b) => a.start - b.start || a.end - b.end);
  return dates.filter((date, i) => i === 0 || (dates[i - 1] as PartialDate).start !== date.start);
}

/** The change dates either side of the date shown. */
export interface AdjacentChanges {
  /** The latest change that starts before the date shown. */
  readonly previous?: PartialDate;
  /** The earliest change that starts after the start of the date shown. */
  readonly next?: PartialDate;
}

/**
 * The change dates before and after the date shown (by their starts, so stepping walks the list of
 * changes in order whatever the precision of the dates).
 */
export function selectAdjacentChanges(changes: readonly PartialDate[], shown: Pick<PartialDate, 'start'>): AdjacentChanges {
  let previous: PartialDate | undefined;
  let next: PartialDate | undefined;
  for (const date of changes) {
    if (date.start < shown.start) previous = date;
    else if (date.start > shown.start && next === undefined) next = date;
  }
  return { ...(previous && { previous }), ...(next && { next }) };
}
