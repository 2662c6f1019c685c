import type { ModelPackPart } from '../model/pack-model';
import type { ModelProblem } from '../model/types';
import type { ModelLoadErrorKind } from './model-load-error';
import type { ModelLoadProgress } from './model-load-progress';

/** Page → worker: the file's bytes (transferred), to be checked and prepared. */
export interface DecodeBytesRequest {
  readonly type: 'decode';
  readonly label: string;
  readonly chunks: Uint8Array[];
}

/**
 * Page → worker: the response's body (a transferred stream), to be read, checked and prepared there:
 * the worker decodes the text while it arrives, parses it at the end, and reports the download’s progress.
 */
export interface DecodeStreamRequest {
  readonly type: 'decode-stream';
  readonly label: string;
  readonly stream: ReadableStream<Uint8Array>;
  /** The size the server declared, for the progress bar. */
  readonly total?: number;
  /** Refuse the file as soon as more than this many bytes have arrived. */
  readonly sizeLimit: number;
}

export type DecodeRequest = DecodeBytesRequest | DecodeStreamRequest;

/** A ModelLoadError as plain data, since errors lose their class on the way between threads. */
export interface SerializedLoadError {
  readonly kind: ModelLoadErrorKind;
  readonly message: string;
  readonly status?: number;
  readonly problems: readonly ModelProblem[];
}

/** Worker → page. */
export type WorkerResponse =
  /** The worker's script loaded and runs: bytes may be sent. */
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: ModelLoadProgress }
  /**
   * A part of the pack (events, then statements: the last), posted as soon as it is packed so that the
   * page rebuilds one while the worker packs the next. Its strings travel joined in one string
   * (joinStrings: quicker to receive than 340,000).
   */
  | { readonly type: 'part'; readonly part: ModelPackPart }
  | { readonly type: 'error'; readonly error: SerializedLoadError };
