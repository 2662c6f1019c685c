import type { ModelFile } from '../model/model-file-schema.ts';
import type { ConvertOptions, ImportNote } from './import-types.ts';
import { slugifyId } from '../model/slugify-id.ts';

/** What a converted model's root gets when the input gives it, and what it gets when not. */
export interface ModelDefaultsInput {
  readonly fileName: string;
  readonly title?: string;
  readonly description?: string;
  /** The input format in words, for the stand-in description. */
  readonly format: string;
  readonly options: ConvertOptions;
  /** A model id from the input (the CSV template's model.csv). */
  readonly id?: string;
  readonly language?: string;
  readonly updated?: string;
  readonly license?: string;
}

type Root = Pick<ModelFile, 'id' | 'title' | 'description' | 'language' | 'updated'> & Pick<Partial<ModelFile>, 'license'>;

/** `events.csv` → `events`, `my timeline.json` → `my timeline`. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}

/** Today as `YYYY-MM-DD`, in UTC. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The root fields of a converted model. What the input lacks is filled in plainly (the file name as
 * title, "Converted from …" as description, `en`, today) and each stand-in is a note, so the curator
 * knows what to write.
 */
export function describeModelDefaults(input: ModelDefaultsInput): { root: Root; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const title = input.title?.trim() || baseName(input.fileName);
  if (!input.title?.trim()) notes.push({ at: 'title', message: `no title in the file; the model's title is "${title}"` });
  const description = input.description?.trim() || `Converted from ${input.fileName} (${input.format}).`;
  if (!input.description?.trim()) notes.push({ at: 'description', message: `no description in the file; it says "${description}" until you write one` });
  const language = input.language?.trim() || input.options.language || 'en';
  if (!input.language?.trim() && !input.options.language) {
    notes.push({ at: 'language', message: `"en" assumed, as the file does not say; change it if the texts are in another language` });
  }
  const id = input.id?.trim() || slugifyId(title) || slugifyId(baseName(input.fileName)) || 'imported-timeline';
  const updated = input.updated?.trim() || input.options.today || todayUtc();
  return { root: { id, title, description, language, updated, ...(input.license?.trim() && { license: input.license.trim() }) }, notes };
}
