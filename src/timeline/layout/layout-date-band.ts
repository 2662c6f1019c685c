import type { DatePrecision, TimeSpan } from '../../model/types';

/** Where a date or range is drawn on the x axis. */
export interface DateBand {
  /** Left edge of the interval in px. */
  readonly x0: number;
  /** Right edge of the interval in px. */
  readonly x1: number;
  /** Centre of the interval in px: where a point is drawn when `isBand` is false. */
  readonly cx: number;
  /** True when the view draws a band/bar [x0, x1]; false when it draws a point at `cx`. */
  readonly isBand: boolean;
}

/** Length of one unit of the instant precisions, whose one-unit span is a moment, not a period. */
function instantUnit(precision: DatePrecision): number | undefined {
  // A comparison, not a table lookup: this runs for every visible item, and a lookup by a key that
  // varies from call to call is one of the slowest property reads there is.
  return precision === 'minute' ? 60_000 : precision === 'second' ? 1_000 : undefined;
}

/**
 * Lays out a date (or an event's span) as a band over its whole interval, or as a point at the
 * interval's centre when narrower than `minWidth` px.
 * `precision` is the precision of the start date; a span longer than one minute/second is a range.
 */
export function layoutDateBand(
  span: TimeSpan,
  precision: DatePrecision,
  scale: (time: number) => number,
  minWidth = 4,
): DateBand {
  return dateBandBetween(span, precision, scale(span.start), scale(span.end), minWidth);
}

/** The same, for a date whose start and end the caller has already placed at x0 and x1 px. */
export function dateBandBetween(span: TimeSpan, precision: DatePrecision, x0: number, x1: number, minWidth: number): DateBand {
  // A narrow band collapses to its centre: "March" drawn on the 1st would claim a false precision.
  return { x0, x1, cx: centreOf(x0, x1), isBand: !isMoment(span, precision) && isWideEnoughForBand(x0, x1, minWidth) };
}

/**
 * Whether a date is a moment: "2025-03-13T18:43" is a point however far one zooms in; only a range of
 * such times is a bar. Two moments close together can never be told apart by zooming.
 */
export function isMoment(span: TimeSpan, precision: DatePrecision): boolean {
  const unit = instantUnit(precision);
  return unit !== undefined && span.end - span.start <= unit;
}

/**
 * Whether a date placed at x0 … x1 px is wide enough to be a band. Narrower, it is a point at
 * centreOf(x0, x1) whatever its precision: a caller with thousands of those (an overview) can
 * place them without a DateBand each.
 */
export function isWideEnoughForBand(x0: number, x1: number, minWidth: number): boolean {
  return x1 - x0 >= minWidth;
}

/** Where a date placed at x0 … x1 px is drawn as a point. */
export function centreOf(x0: number, x1: number): number {
  return (x0 + x1) / 2;
}
