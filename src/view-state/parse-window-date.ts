import { parsePartialDate } from '../model/partial-date.ts';

/** A partial date's interval in ms since the epoch (UTC), end exclusive. */
export interface WindowDateSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The UTC interval a partial date from the URL stands for (same grammar and calendar checks as model
 * files: `2025`, `2025-03`, `2025-03-10`, `2025-03-13T18:43+03:00`), or undefined when it isn't a real date.
 */
export function parseWindowDate(raw: string): WindowDateSpan | undefined {
  const date = parsePartialDate(raw);
  return date && { start: date.start, end: date.end };
}

/**
 * Puts back a `+` offset that reached us as a space: in a query string an unescaped `+` means space,
 * and people paste `from=2025-03-13T18:43+03:00` by hand.
 */
export function repairWindowDate(raw: string): string {
  return raw.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?) (\d{2}:\d{2})$/, '$1+$2');
}
