import { ModelLoadError } from './model-load-error';
import type { ModelLoadProgress } from './model-load-progress';
import { checkModelSize, formatMegabytes } from './model-size-limit';
import { createCancelledError } from './read-model-body';
import { readModelStream } from './read-model-stream';
import { createStatusError, declaredLength, requestModel, type ModelAddress, type ModelAnswer } from './request-model';

export interface ModelUrlSource extends ModelAddress {
  readonly expected: ModelAnswer;
  /** Refuse the file as soon as more than this many bytes have arrived. */
  readonly sizeLimit: number;
}

/**
 * Why a second answer is not the file the first one announced, or undefined when nothing tells them
 * apart (the validators are compared only when both answers carry them: a cross-origin ETag is hidden
 * unless the server exposes it).
 */
function describeChange(expected: ModelAnswer, length: number | undefined, response: Pick<Response, 'headers'>): string | undefined {
  if (length !== expected.length) {
    const now = length === undefined ? 'no length' : `${formatMegabytes(length, 3)} (${length.toLocaleString('en')} bytes)`;
    return `it was ${formatMegabytes(expected.length, 3)} (${expected.length.toLocaleString('en')} bytes), and is now ${now}`;
  }
  const etag = response.headers.get('etag');
  if (expected.etag && etag && etag !== expected.etag) return `its ETag was ${expected.etag}, and is now ${etag}`;
  const lastModified = response.headers.get('last-modified');
  if (expected.lastModified && lastModified && lastModified !== expected.lastModified) return `it was last modified ${expected.lastModified}, and now ${lastModified}`;
  return undefined;
}

/**
 * The model worker's download of a large model (the page saw its answer's headers and handed over the
 * address: see fetchModel): the same request again, read here, so that the bytes never pass through
 * the page's thread. → the model's JSON. Errors are the page's, with the same kinds and messages:
 * 'network' / 'cors' for no answer, 'http' for an error status (the server may answer the second
 * request differently), 'too-large', 'encoding', 'not-json' / 'html' (readModelStream), 'cancelled'
 * when `signal` stops it (the download with it). A second answer that is not the file the first one
 * announced (another length, ETag or Last-Modified) is refused as 'network', which the app retries
 * from the start: it never shows a model other than the one whose headers it checked.
 */
export async function readModelUrl(
  source: ModelUrlSource,
  options: { readonly signal?: AbortSignal; readonly onProgress?: (progress: ModelLoadProgress) => void; readonly fetch?: typeof fetch } = {},
): Promise<unknown> {
  const { label, sizeLimit, expected } = source;
  const { signal, onProgress } = options;
  onProgress?.({ stage: 'download', loaded: 0, total: expected.length });
  try {
    const response = await requestModel(source, signal, options.fetch);
    const cancelBody = () => void response.body?.cancel().catch(() => undefined);
    if (!response.ok) {
      cancelBody();
      throw createStatusError(source, response);
    }
    const length = declaredLength(response);
    const change = describeChange(expected, length, response);
    try {
      if (change) throw new ModelLoadError('network', `${label} changed on the server while it was being opened: ${change}. Try again.`);
      checkModelSize(length ?? 0, label, sizeLimit);
    } catch (error) {
      cancelBody();
      throw error;
    }
    const reader = (response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })).getReader();
    return await readModelStream(reader, { label, sizeLimit, total: length, onProgress });
  } catch (error) {
    // Aborting the request breaks its body: that is the reader stopping, not the network.
    if (signal?.aborted) throw createCancelledError(label);
    throw error;
  }
}
