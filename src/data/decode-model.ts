import { decodeModelBytes, type LoadedModel } from './decode-model-bytes';
import type { ModelLoadOptions } from './model-load-progress';
import { readModelBody, type ModelBody } from './read-model-body';
import type { ModelWorker } from './decode-model-in-worker';

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

let streamsTransfer: boolean | undefined;

/** Whether this browser can hand a ReadableStream to a worker (Chromium and Firefox can; Safari cannot yet). */
export function canTransferStreams(): boolean {
  if (streamsTransfer === undefined) {
    try {
      const stream = new ReadableStream();
      structuredClone(stream, { transfer: [stream as unknown as Transferable] });
      streamsTransfer = true;
    } catch {
      streamsTransfer = false;
    }
  }
  return streamsTransfer;
}

/**
 * A large model's body → validated model, read in the worker (`worker`, from startWorkerFor): see
 * decodeModelStreamInWorker. Where no worker starts, the body is read and checked here.
 */
export async function decodeModelStream(
  stream: ReadableStream<Uint8Array>,
  label: string,
  options: ModelLoadOptions & { readonly total?: number; readonly sizeLimit: number },
  worker: Promise<ModelWorker>,
): Promise<LoadedModel> {
  const { decodeModelStreamInWorker } = await import('./decode-model-in-worker');
  // Through a pipe that Cancel stops: terminating the worker that holds a stream does not cancel the
  // download behind it (the connection stayed open), aborting the pipe does.
  const body = options.signal ? stream.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), { signal: options.signal }) : stream;
  const readHere = async () => {
    const read = await readModelBody(body.getReader(), { label, ...options });
    options.onProgress?.({ stage: 'parse', bytes: read.byteLength });
    return decodeModelBytes(read.chunks, label);
  };
  return decodeModelStreamInWorker(body, label, { ...options, fallback: readHere }, worker);
}
