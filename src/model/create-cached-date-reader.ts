import type { DateReader } from './find-date-problems.ts';
import { readPartialDate, type PartialDateReading } from './partial-date.ts';

/** A date reader that reads each distinct string once: the checks and normalizing read the same dates. */
export function createCachedDateReader(): DateReader {
  const cache = new Map<string, PartialDateReading>();
  return (raw) => {
    let reading = cache.get(raw);
    if (!reading) {
      reading = readPartialDate(raw);
      cache.set(raw, reading);
    }
    return reading;
  };
}
