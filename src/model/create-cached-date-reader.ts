import type { DateReader } from './find-date-problems.ts';
import { readPartialDate, type PartialDateReading } from './partial-date.ts';

/**
 * A date reader that reads each distinct date once. Models repeat dates a lot (100,000 events fall on
 * ~1,000 days), and the normalized model then shares one date object per distinct date.
 */
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
