import type { TimelineEvent } from '../model/types';
import { formatDateRange } from '../model/format-partial-date';

/** An event's date as readers see it, with its precision: "August 2024", "6 August 2024 – March 2025". */
export function formatEventDate(event: TimelineEvent): string {
  return formatDateRange(event.start, event.end);
}
