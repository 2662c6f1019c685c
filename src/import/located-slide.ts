import type { JsonRecord } from '../model/loose-json.ts';
import type { ImportNote } from './import-types.ts';

/**
 * A TimelineJS slide (an event, the title or an era) and a way to say where its fields came from in
 * the input, so one converter serves TimelineJS JSON and TimelineJS spreadsheets alike.
 */
export interface LocatedSlide {
  readonly slide: JsonRecord;
  /** The slide's place in the input: `events[4]`, `timeline.csv row 6`. */
  readonly origin: string;
  /** A field path of the slide (`media.credit`, `start_date.year`) as a place in the input. */
  readonly at: (field: string) => string;
}

/** A TimelineJS timeline, whatever it was read from. */
export interface TimelineInput {
  readonly fileName: string;
  readonly title?: LocatedSlide;
  readonly events: readonly LocatedSlide[];
  readonly eras: readonly LocatedSlide[];
  /** Notes from reading the file itself (unknown top-level keys, unreadable rows). */
  readonly notes: readonly ImportNote[];
}
