/**
 * Where a model load is, for the progress bar: the download (bytes), reading the JSON, checking it
 * ("Checking 100,000 events…") and preparing it for the page. A small model is past all of these
 * before a frame is drawn; a large one spends seconds in each.
 */
export type ModelLoadProgress =
  | { readonly stage: 'download'; readonly loaded: number; /** Undefined when the server did not say. */ readonly total?: number }
  | { readonly stage: 'parse'; readonly bytes: number }
  | { readonly stage: 'check'; readonly events: number; readonly statements: number }
  | { readonly stage: 'prepare'; /** 0–1. */ readonly share: number };

/** How a model is loaded: all optional. */
export interface ModelLoadOptions {
  /** Stops the load: the download is cancelled and the worker, if any, is terminated. */
  readonly signal?: AbortSignal;
  /** Told of each step; called often during the download (once per chunk). */
  readonly onProgress?: (progress: ModelLoadProgress) => void;
  /** The largest file to open, in bytes; MODEL_SIZE_LIMIT by default. */
  readonly sizeLimit?: number;
}
