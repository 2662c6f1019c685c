import { decodeModelBytes, type LoadedModel } from './decode-model-bytes';
import type { ModelLoadOptions } from './model-load-progress';
import type { ModelBody } from './read-model-body';
import type { ModelWorker } from './decode-model-in-worker';
import type { ModelAddress } from './request-model';

/**
 * From this size on, a model is parsed, validated and normalized in a Web Worker, so that the page
 * stays responsive and shows the progress. Below it the page does the work itself: ~10,000 events
 * (4.8 MB) take about 0.25 s of its main thread, less than starting a worker and moving the model
 * back would add (bench/README.md, "Large models").
 */
export const WORKER_THRESHOLD_BYTES = 8 * 1024 * 1024;

const canUseWorker = (byteLength: number) => byteLength >= WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined';

/**
 * Starts the worker for a file of this size while its bytes are still arriving (it takes a moment to
 * load and start); undefined when the file will be checked on the page. Pass it to decodeModel.
 */
export function startWorkerFor(byteLength: number): Promise<ModelWorker> | undefined {
  if (!canUseWorker(byteLength)) return undefined;
  const worker = import('./decode-model-in-worker').then((m) => m.startModelWorker());
  worker.catch(() => undefined);
  return worker;
}

/**
 * Bytes → validated model: in a worker for a large file (decode-model-in-worker.ts), here otherwise.
 * `worker`, from startWorkerFor, is used or terminated.
 */
export async function decodeModel(body: ModelBody, label: string, options: ModelLoadOptions = {}, worker?: Promise<ModelWorker>): Promise<LoadedModel> {
  const decodeHere = () => {
    options.onProgress?.({ stage: 'parse', bytes: body.byteLength });
    return decodeModelBytes(body.chunks, label);
  };
  if (canUseWorker(body.byteLength)) {
    const { decodeModelInWorker, startModelWorker } = await import('./decode-model-in-worker');
    return decodeModelInWorker(body, label, { ...options, fallback: decodeHere }, worker ?? startModelWorker());
  }
  stopWorker(worker);
  return decodeHere();
}

/** Terminates a worker started for a load that will not use it. */
export function stopWorker(worker: Promise<ModelWorker> | undefined): void {
  void worker?.then((w) => w.terminate(), () => undefined);
}

/**
 * A large model from its address → validated model, downloaded and checked in the worker (`worker`,
 * from startWorkerFor), which checks its answer against `response`'s headers: see decodeUrlInWorker
 * (loaded with the worker's page-side code, so none of it is in the first script). `readHere` gives the
 * bytes where no worker starts; they are checked on the page.
 */
export async function decodeModelUrl(
  source: ModelAddress & { readonly sizeLimit: number },
  response: Response,
  total: number,
  options: ModelLoadOptions & { readonly beforeSend: () => void; readonly readHere: () => Promise<ModelBody> },
  worker: Promise<ModelWorker>,
): Promise<LoadedModel> {
  const { decodeUrlInWorker, describeAnswer, markDownloaded } = await import('./decode-model-in-worker');
  const fallback = async () => {
    const body = await options.readHere();
    options.onProgress?.({ stage: 'parse', bytes: body.byteLength });
    return decodeModelBytes(body.chunks, source.label);
  };
  const request = { type: 'fetch', ...source, expected: describeAnswer(response, total) } as const;
  return decodeUrlInWorker(request, { ...options, onProgress: markDownloaded(options.onProgress), fallback }, worker);
}
