import { getPartialDateFields } from '../model/partial-date.ts';
import type { PartialDate } from '../model/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as a citation gives it, to its precision and without the time: Chicago "13 March 2025",
 * "March 2025", "2025"; APA "2025, March 13", "2025, March", "2025"; `apa-retrieved` "March 13, 2025".
 */
export function formatCitationDate(date: PartialDate, style: 'chicago' | 'apa' | 'apa-retrieved'): string {
  const f = getPartialDateFields(date.raw);
  if (!f) return date.raw;
  const month = f.month === undefined ? undefined : MONTHS[f.month - 1];
  if (month === undefined) return String(f.year);
  if (style === 'chicago') return f.day === undefined ? `${month} ${f.year}` : `${f.day} ${month} ${f.year}`;
  if (style === 'apa') return f.day === undefined ? `${f.year}, ${month}` : `${f.year}, ${month} ${f.day}`;
  return f.day === undefined ? `${month} ${f.year}` : `${month} ${f.day}, ${f.year}`;
}
