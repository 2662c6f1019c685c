import { ModelLoadError } from './model-load-error';
import type { ModelLoadProgress } from './model-load-progress';
import { createTooLargeError } from './model-size-limit';

/** A model file's bytes as they arrived, in chunks (joined only by whoever decodes them). */
export interface ModelBody {
  readonly chunks: Uint8Array[];
  readonly byteLength: number;
}

export interface ReadModelBodyOptions {
  /** The file's name for messages. */
  readonly label: string;
  /** Refuse the file as soon as more than this many bytes have arrived. */
  readonly sizeLimit: number;
  /** The size the server or the file system declared, for the progress bar; undefined when unknown. */
  readonly total?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ModelLoadProgress) => void;
}

/** The error for a load the reader stopped. */
export function createCancelledError(label: string): ModelLoadError {
  return new ModelLoadError('cancelled', `Loading ${label} was stopped.`);
}

/** The progress of a download; a declared total that the bytes outgrew (a compressed length) is dropped. */
function downloadProgress(loaded: number, total: number | undefined): ModelLoadProgress {
  return total !== undefined && loaded <= total ? { stage: 'download', loaded, total } : { stage: 'download', loaded };
}

/**
 * Reads a model's body to its end, chunk by chunk, reporting progress and refusing it as soon as it
 * outgrows the size limit (the rest is never downloaded). Cancelling through `signal` cancels the
 * stream, which stops the download.
 */
export async function readModelBody(reader: ReadableStreamDefaultReader<Uint8Array>, options: ReadModelBodyOptions): Promise<ModelBody> {
  const { label, sizeLimit, total, signal, onProgress } = options;
  const chunks: Uint8Array[] = [];
  let byteLength = 0;
  const stop = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop);
  try {
    for (;;) {
      if (signal?.aborted) throw createCancelledError(label);
      onProgress?.(downloadProgress(byteLength, total));
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (cause) {
        if (signal?.aborted) throw createCancelledError(label);
        throw new ModelLoadError('network', `The download of ${label} broke off. Check your connection and try again.`, { cause });
      }
      if (step.done) break;
      chunks.push(step.value);
      byteLength += step.value.byteLength;
      if (byteLength > sizeLimit) throw createTooLargeError(label, byteLength, sizeLimit, true);
    }
    if (signal?.aborted) throw createCancelledError(label);
    return { chunks, byteLength };
  } catch (error) {
    stop();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
