import { decodeUtf8, type LoadedModel } from '../data/decode-model-bytes.ts';
import { ModelLoadError } from '../data/model-load-error.ts';
import type { ModelLoadOptions } from '../data/model-load-progress.ts';
import { checkModelSize, MODEL_SIZE_LIMIT } from '../data/model-size-limit.ts';
import { createCancelledError, readModelBody } from '../data/read-model-body.ts';
import type { ImportFile, ImportNote } from '../import/import-types.ts';
import { readModelFile } from './read-model-file.ts';

/** A file the reader chose or dropped; `File` in the page, a stand-in in tests. */
export type ModelFileLike = Pick<File, 'name' | 'size' | 'stream' | 'slice'>;

/** What a conversion from another format left to say: the notice's notes and the model to download. */
export interface ConversionSummary {
  /** The format converted from, in words: "TimelineJS", "the CSV template". */
  readonly formatName: string;
  readonly notes: readonly ImportNote[];
  /** The converted model as a parley/1 file, ready to download. */
  readonly text: string;
  /** A name to save it under: `timeline.parley.json`. */
  readonly fileName: string;
}

/** A model opened from files, and how it was converted when it was not a Parley model. */
export interface OpenedModel {
  readonly loaded: LoadedModel;
  readonly conversion?: ConversionSummary;
}

// A Parley file says so near its top; anything else goes to the importer, which tells the rest apart
// (and validates a Parley file whose format comes later, or is missing, as a Parley model).
const PARLEY_FILE = /"format"\s*:\s*"parley\//;
const HEAD_BYTES = 64 * 1024;

/** Whether the opening of a file says it is a Parley model; unreadable files are left to the full read to report. */
async function saysParley(file: ModelFileLike): Promise<boolean> {
  try {
    return PARLEY_FILE.test(new TextDecoder('utf-8').decode(await file.slice(0, HEAD_BYTES).arrayBuffer()));
  } catch {
    return false;
  }
}

/** A file read as text for the importer: its size checked first, streamed with progress, Cancel and the size limit. */
async function readText(file: ModelFileLike, options: ModelLoadOptions): Promise<ImportFile> {
  const label = file.name || 'The file';
  const { sizeLimit = MODEL_SIZE_LIMIT, signal, onProgress } = options;
  // Checked from `file.size` before a byte is read, so a dropped video does not fill memory.
  checkModelSize(file.size, label, sizeLimit);
  let body;
  try {
    body = await readModelBody(file.stream().getReader(), { label, sizeLimit, total: file.size, signal, onProgress });
  } catch (cause) {
    if (cause instanceof ModelLoadError && cause.kind !== 'network') throw cause;
    // The file was moved or deleted after it was picked, or the browser lost access to it.
    throw new ModelLoadError('network', `${label} could not be read. Choose it again.`, { cause });
  }
  return { name: label, text: decodeUtf8(body.chunks, label) };
}

/**
 * Files the reader chose or dropped → a validated model, or a ModelLoadError saying why not. A Parley
 * file goes to readModelFile (streamed, in a worker when large, with progress and Cancel); a TimelineJS
 * file, a TimelineJS spreadsheet saved as CSV or the CSV template's files are read as text and
 * converted first, by the importer, which loads only then.
 */
export async function readModelFiles(files: readonly ModelFileLike[], options: ModelLoadOptions = {}): Promise<OpenedModel> {
  const [only] = files;
  if (!only) throw new ModelLoadError('unsupported', 'No file was given.');
  if (files.length === 1 && !/\.csv$/i.test(only.name) && (await saysParley(only))) {
    return { loaded: await readModelFile(only, options) };
  }
  const texts: ImportFile[] = [];
  for (const file of files) texts.push(await readText(file, options));
  const { convertModelTexts } = await import('./convert-model-texts.ts');
  const opened = await convertModelTexts(texts);
  if (options.signal?.aborted) throw createCancelledError(texts.map((t) => t.name).join(', '));
  return opened;
}
