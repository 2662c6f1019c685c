import type { ModelFile } from '../model/model-file-schema.ts';

/** What a converter read: a parley/1 file, a TimelineJS JSON file, a TimelineJS spreadsheet or our CSV template. */
export type ImportFormat = 'parley' | 'timelinejs' | 'timelinejs-sheet' | 'csv-template';

/** A file to convert: its name (the format is told partly by it) and its text. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

/**
 * One thing the conversion could not carry over as it was, or had to decide: a line of the report.
 * `at` says where in the input, in the input's own terms: `events[4].media.credit` for JSON,
 * `events.csv row 5, column "start"` for a spreadsheet.
 */
export interface ImportNote {
  readonly at: string;
  readonly message: string;
}

/** What a conversion made. The model is not validated yet: the caller validates it like any file. */
export interface ConversionResult {
  readonly format: ImportFormat;
  /** The input format in words, for the notice: "TimelineJS", "a TimelineJS spreadsheet", "the CSV template". */
  readonly formatName: string;
  readonly model: ModelFile;
  readonly notes: readonly ImportNote[];
  /**
   * Where each converted item came from, so a validation problem can be told in the input's terms:
   * output path of the item (`events[3]`) → its place in the input (`events[4]`, `events.csv row 5`).
   */
  readonly origins: Readonly<Record<string, string>>;
}

/** Choices a converter cannot make from the file alone. */
export interface ConvertOptions {
  /** The date of the conversion (`YYYY-MM-DD`), written as the model's `updated`; today by default. */
  readonly today?: string;
  /**
   * The UTC offset (`Z`, `+03:00`) of the times in the file. TimelineJS times have none, and parley/1
   * needs one, so without it times are left out and the dates kept to the day.
   */
  readonly utcOffset?: string;
  /** BCP 47 language of the texts; `en` by default (TimelineJS files do not say). */
  readonly language?: string;
}

/** A file that cannot be converted at all (not JSON, neither TimelineJS nor parley/1, a CSV of unknown columns). */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
