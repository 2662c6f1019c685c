import { decodeModelBytes, type LoadedModel } from './decode-model-bytes';
import type { ModelLoadOptions } from './model-load-progress';
import type { ModelBody } from './read-model-body';

/**
 * From this size on, a model is parsed, validated and normalized in a Web Worker, so that the page
 * stays responsive and shows the progress. Below it the page does the work itself: ~10,000 events
 * (4.8 MB) take about 0.25 s of its main thread, less than starting a worker and moving the model
 * back would add (bench/README.md, "Large models").
 */
export const WORKER_THRESHOLD_BYTES = 8 * 1024 * 1024;

/** Bytes → validated model: in a worker for a large file (decode-model-in-worker.ts), here otherwise. */
export async function decodeModel(body: ModelBody, label: string, options: ModelLoadOptions = {}): Promise<LoadedModel> {
  const decodeHere = () => {
    options.onProgress?.({ stage: 'parse', bytes: body.byteLength });
    return decodeModelBytes(body.chunks, label);
  };
  if (body.byteLength >= WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined') {
    return (await import('./decode-model-in-worker')).decodeModelInWorker(body, label, { ...options, fallback: decodeHere });
  }
  return decodeHere();
}
