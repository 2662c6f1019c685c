import type { ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';

export type AxisGranularity =
  | 'century' | 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** A fine tick: a grid line with a short label ("Mar", "13", "18:00"); `label` is '' when it would not fit. */
export interface AxisTick {
  readonly time: number;
  readonly x: number;
  readonly label: string;
  /** True when the tick also starts a context unit (e.g. 1 January on a month axis). */
  readonly major: boolean;
}

/** A context label naming the larger unit ("March 2025"); the first may be pinned at x = 0. */
export interface AxisContextLabel {
  readonly time: number;
  readonly x: number;
  readonly label: string;
}

export interface AxisTicks {
  readonly granularity: AxisGranularity;
  readonly ticks: readonly AxisTick[];
  readonly context: readonly AxisContextLabel[];
}

export interface AxisTickOptions {
  /** Estimated px per character of axis text (jsdom/SSR cannot measure); default 7. */
  readonly charWidth?: number;
  /**
   * Least px between two fine ticks; default 70, less on a narrow plot (down to 24 at a phone's width),
   * where months spaced 30 px apart still read better than quarters.
   */
  readonly minSpacing?: number;
  /** Least px between two labels' boxes; default 6. */
  readonly gap?: number;
}

interface Tier {
  readonly interval: TimeInterval;
  readonly format: (date: Date) => string;
}

interface Level {
  readonly granularity: AxisGranularity;
  readonly interval: TimeInterval;
  /** Shortest length of one step (February, a common year), so spacing is never overestimated. */
  readonly minDuration: number;
  readonly format: (date: Date) => string;
  /** Longest label this level produces, in characters. */
  readonly maxChars: number;
  readonly context: Tier;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

// d3's %Y zero-pads years below 1000 ("0800") and wraps at 10000 ("0000"); a plain number reads
// better. Models run from year 1 to 9999, but the padding around them can reach into the years
// before 1 (astronomical year 0 is 1 BCE) or past 9999.
const formatYear = (d: Date): string => {
  const y = d.getUTCFullYear();
  return y >= 1 ? String(y) : `${1 - y} BCE`;
};
// The axis speaks English, as the rest of the interface does. These few fixed formats are written
// out rather than taken from d3-time-format, whose locale machinery was ~3 KB of the first script.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const formatTime = (d: Date): string => `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
const formatDayOfMonth = (d: Date): string => String(d.getUTCDate());
const formatMonth = (d: Date): string => MONTHS[d.getUTCMonth()]!;
const formatMonthShort = (d: Date): string => formatMonth(d).slice(0, 3);
const formatQuarter = (d: Date): string => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
const formatDayMonth = (d: Date): string => `${WEEKDAYS[d.getUTCDay()]!} ${formatDayOfMonth(d)} ${formatMonth(d)}`;
const formatDay = (d: Date): string => `${formatDayMonth(d)} ${formatYear(d)}`;
const formatMonthYear = (d: Date): string => `${formatMonth(d)} ${formatYear(d)}`;

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function everyYears(step: number): TimeInterval {
  const interval = utcYear.every(step);
  if (!interval) throw new Error(`no interval of ${step} years`);
  return interval;
}

const dayTier: Tier = { interval: utcDay, format: formatDay };
const monthTier: Tier = { interval: utcMonth, format: formatMonthYear };
const yearTier: Tier = { interval: utcYear, format: formatYear };
// Before year 1 (only ever the padding before a model in the first years), the year itself: decades
// and centuries BCE count backwards, and "the 0s" means nothing.
const decadeTier: Tier = { interval: everyYears(10), format: (d) => (d.getUTCFullYear() >= 1 ? `${d.getUTCFullYear()}s` : formatYear(d)) };
const centuryTier: Tier = {
  interval: everyYears(100),
  format: (d) => { const y = d.getUTCFullYear(); return y >= 1 ? `${ordinal(Math.floor(y / 100) + 1)} century` : formatYear(d); },
};
const millenniumTier: Tier = {
  interval: everyYears(1000),
  format: (d) => { const y = d.getUTCFullYear(); return y >= 1 ? `${ordinal(Math.floor(y / 1000) + 1)} millennium` : formatYear(d); },
};

function level(
  granularity: AxisGranularity, interval: TimeInterval | null, minDuration: number,
  format: (date: Date) => string, maxChars: number, context: Tier,
): Level {
  if (!interval) throw new Error(`no interval for ${granularity}`);
  return { granularity, interval, minDuration, format, maxChars, context };
}

/**
 * Candidate tick levels from finest to coarsest. No 30-minute or 12-hour steps: they would win over
 * hours and days on 6-hour and one-week windows, where whole units read better.
 */
const LEVELS: readonly Level[] = [
  ...[1, 5, 15].map((m) => level('minute', utcMinute.every(m), m * MINUTE, formatTime, 5, dayTier)),
  ...[1, 3, 6].map((h) => level('hour', utcHour.every(h), h * HOUR, formatTime, 5, dayTier)),
  level('day', utcDay, DAY, formatDayOfMonth, 2, monthTier),
  level('week', utcMonday, 7 * DAY, formatDayOfMonth, 2, monthTier),
  level('month', utcMonth, 28 * DAY, formatMonthShort, 3, yearTier),
  level('quarter', utcMonth.every(3), 90 * DAY, formatQuarter, 2, yearTier),
  ...[1, 2, 5].map((y) => level('year', everyYears(y), y * YEAR, formatYear, 5, decadeTier)),
  ...[10, 20, 50].map((y) => level('decade', everyYears(y), y * YEAR, formatYear, 5, centuryTier)),
  ...[100, 200, 500, 1000].map((y) => level('century', everyYears(y), y * YEAR, formatYear, 5, millenniumTier)),
];

/** Fine ticks and context labels for the visible window of `scale` (range [0, width]), adapted to the zoom. */
export function selectAxisTicks(
  scale: ScaleTime<number, number>,
  width: number,
  options: AxisTickOptions = {},
): AxisTicks {
  const { charWidth = 7, minSpacing = Math.min(70, Math.max(24, width / 12)), gap = 6 } = options;
  const t0 = scale.invert(0).getTime();
  const t1 = scale.invert(width).getTime();
  const pxPerMs = width / (t1 - t0);

  // The finest level whose shortest step still leaves room for its longest label.
  const fits = (l: Level, spacing: number): boolean => l.minDuration * pxPerMs >= Math.max(spacing, l.maxChars * charWidth + gap);
  let index = LEVELS.findIndex((l) => fits(l, minSpacing));
  if (index === -1) index = LEVELS.length - 1;
  let chosen = LEVELS[index]!;
  let ticks = layoutTicks(chosen, scale, t0, t1, charWidth, gap);
  // A narrow window can fall between two weekly (or yearly) ticks; rather than an empty axis, take
  // the next finer level as long as its labels still fit side by side.
  const finer = LEVELS[index - 1];
  if (ticks.length < 2 && finer && fits(finer, 0)) {
    chosen = finer;
    ticks = layoutTicks(chosen, scale, t0, t1, charWidth, gap);
  }

  const context: AxisContextLabel[] = [];
  const { interval, format } = chosen.context;
  const first = interval.floor(new Date(t0));
  const boundaries = interval.range(new Date(t0), new Date(t1 + 1));
  let lastEnd = -Infinity;
  if (first.getTime() < t0) {
    // The unit already under way at the left edge keeps its name visible, pinned at x = 0,
    // unless the next unit's label starts too close for both to be read.
    const label = format(first);
    const end = label.length * charWidth;
    const next = boundaries[0];
    if (!next || scale(next) >= end + gap) {
      context.push({ time: first.getTime(), x: 0, label });
      lastEnd = end;
    }
  }
  for (const date of boundaries) {
    const x = scale(date);
    const label = format(date);
    if (x < lastEnd + gap) continue;
    context.push({ time: date.getTime(), x, label });
    lastEnd = x + label.length * charWidth;
  }
  return { granularity: chosen.granularity, ticks, context };
}

function layoutTicks(
  level: Level, scale: ScaleTime<number, number>, t0: number, t1: number, charWidth: number, gap: number,
): AxisTick[] {
  const ticks: AxisTick[] = [];
  let lastEnd = -Infinity;
  for (const date of level.interval.range(new Date(t0), new Date(t1 + 1))) {
    const time = date.getTime();
    const x = scale(date);
    let label = level.format(date);
    // Steps are chosen so this never triggers; it keeps the no-overlap promise for odd widths.
    if (x < lastEnd + gap) label = '';
    else lastEnd = x + label.length * charWidth;
    ticks.push({ time, x, label, major: level.context.interval.floor(date).getTime() === time });
  }
  return ticks;
}
