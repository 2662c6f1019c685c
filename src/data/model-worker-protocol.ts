import type { ModelPackPart } from '../model/pack-model';
import type { ModelProblem } from '../model/types';
import type { ModelLoadErrorKind } from './model-load-error';
import type { ModelLoadProgress } from './model-load-progress';
import type { ModelUrlSource } from './read-model-url';

/** Page → worker: the file's bytes (transferred), to be checked and prepared. */
export interface DecodeBytesRequest {
  readonly type: 'decode';
  readonly label: string;
  readonly chunks: Uint8Array[];
}

/**
 * Page → worker: a large model's address, which the worker downloads itself (read-model-url.ts): its
 * bytes never pass through the page's thread. The page has seen the first answer's headers and sends
 * what they said (`expected`), for the worker to check the second answer against.
 */
export interface FetchModelRequest extends ModelUrlSource {
  readonly type: 'fetch';
}

/** Page → worker: stop the download (the page then terminates the worker). */
export interface CancelRequest {
  readonly type: 'cancel';
}

export type DecodeRequest = DecodeBytesRequest | FetchModelRequest;

/** Everything the page posts to the worker. */
export type PageToWorker = DecodeRequest | CancelRequest;

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
