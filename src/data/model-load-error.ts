import type { ModelProblem } from '../model/types';

/** Why a model could not be shown. Each kind gets its own wording and retry policy. */
export type ModelLoadErrorKind =
  | 'network' // the request never got an HTTP answer (offline, DNS, connection refused)
  | 'cors' // another origin answered, but did not allow this page to read it
  | 'http' // an HTTP error status
  | 'html' // a web page came back where a JSON file was expected
  | 'encoding' // the bytes are not valid UTF-8
  | 'not-json' // the text is not JSON
  | 'too-large' // refused before parsing
  | 'cancelled' // the reader stopped the load
  | 'invalid-model' // JSON, but not a valid Parley model
  | 'unsupported'; // a file that is neither a Parley model nor one the importer converts

/** A failure to load a model, with a sentence for readers and, for invalid models, the problems by path. */
export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
  readonly kind: ModelLoadErrorKind;
  readonly status: number | undefined;
  readonly problems: readonly ModelProblem[];

  constructor(kind: ModelLoadErrorKind, message: string, options: { status?: number; problems?: readonly ModelProblem[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.problems = options.problems ?? [];
  }

  /** Worth trying again by itself: the network, CORS hiccups and server errors; never 4xx, bad bytes or bad models. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export function isModelLoadError(error: unknown): error is ModelLoadError {
  return error instanceof ModelLoadError;
}
