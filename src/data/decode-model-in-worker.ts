import type { ModelPackPart } from '../model/pack-model';
import { AWAITING_PART, unpackModelInSteps } from '../model/unpack-model';
import type { LoadedModel } from './decode-model-bytes';
import { ModelLoadError } from './model-load-error';
import type { ModelLoadOptions } from './model-load-progress';
import type { DecodeRequest, WorkerResponse } from './model-worker-protocol';
import { createCancelledError, readModelBody, type ModelBody } from './read-model-body';

/** Raised when this page cannot start a worker (a sandboxed iframe has an opaque origin; a policy forbids it). */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/** The page's share of the work per slice: short enough that a frame is never kept waiting long. */
const SLICE_MS = 12;

/** What the page needs of a worker; a stand-in in tests. */
export interface ModelWorker {
  postMessage(message: DecodeRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** Starts the model worker (src/data/model-worker.ts; Vite bundles it as a file of its own). */
function createWorker(): ModelWorker {
  return new Worker(new URL('./model-worker.ts', import.meta.url), { type: 'module', name: 'parley-model' });
}

/**
 * A worker that has said it is running, so the bytes can be handed over (and are not lost to a worker
 * that never started). Rejects with WorkerUnavailableError when it cannot start: a sandboxed iframe's
 * opaque origin may not run our script as a worker, a strict policy may forbid workers.
 */
export function startModelWorker(create: () => ModelWorker = createWorker): Promise<ModelWorker> {
  return new Promise((resolve, reject) => {
    let worker: ModelWorker;
    try {
      worker = create();
    } catch (cause) {
      reject(new WorkerUnavailableError('This page cannot start a worker', { cause }));
      return;
    }
    worker.addEventListener('message', (event) => {
      if (event.data.type === 'ready') resolve(worker);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new WorkerUnavailableError(`The model worker did not start: ${event.message || 'script error'}`));
    });
  });
}

/** The next task: lets the page paint and handle input between two slices of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/**
 * Decodes, validates and normalizes a model in a worker, then rebuilds it here in slices of ~12 ms,
 * so the page's main thread never waits long: the longest task is receiving a slice of the strings.
 * The pack comes in parts (packModelInParts): the events are rebuilt here while the worker packs the
 * statements.
 * Aborting terminates the worker. Where no worker can start, `fallback` does the work on the page:
 * slower for the page, but the model still opens. (Passed in rather than imported: importing the
 * page's decoder here made the bundler split shared model code into a chunk of its own.)
 */
export async function decodeModelInWorker(
  body: ModelBody,
  label: string,
  options: ModelLoadOptions & { readonly fallback?: () => Promise<LoadedModel> } = {},
  worker = startModelWorker(),
): Promise<LoadedModel> {
  const send = (running: ModelWorker) => {
    const buffers = [...new Set(body.chunks.map((chunk) => chunk.buffer as ArrayBuffer))];
    running.postMessage({ type: 'decode', label, chunks: body.chunks }, buffers);
  };
  try {
    return await decodeInWorker(send, label, options, worker);
  } catch (error) {
    if (!(error instanceof WorkerUnavailableError) || !options.fallback) throw error;
    return options.fallback();
  }
}

/**
 * The same as decodeModelInWorker, from the response's body rather than its bytes: the stream moves
 * to the worker, which reads it, decodes the text while it arrives (parsing it at the end) and reports the
 * download's progress, so the page's code never reads or copies the bytes (Chromium still routes the
 * transferred stream's chunks through the page's thread; bench/README.md, "Loading
 * 100,000 events"). Only where streams can be transferred (canTransferStreams in decode-model.ts).
 * `fallback` (reading the stream here) runs where no worker can start; the stream is handed over only
 * to a running worker, so it is still unread then.
 */
export async function decodeModelStreamInWorker(
  stream: ReadableStream<Uint8Array>,
  label: string,
  options: ModelLoadOptions & { readonly total?: number; readonly sizeLimit: number; readonly fallback?: () => Promise<LoadedModel> },
  worker = startModelWorker(),
): Promise<LoadedModel> {
  const { total, sizeLimit } = options;
  const send = (running: ModelWorker) => running.postMessage({ type: 'decode-stream', label, stream, total, sizeLimit }, [stream]);
  try {
    return await decodeInWorker(send, label, options, worker);
  } catch (error) {
    if (!(error instanceof WorkerUnavailableError) || !options.fallback) throw error;
    return options.fallback();
  }
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
 * A large model's response body → validated model: read in the worker as it arrives where streams can
 * be transferred (decodeModelStreamInWorker), else read here and its bytes handed over
 * (decodeModelInWorker). `decodeHere` checks the bytes on the page where no worker starts.
 */
export async function decodeResponseInWorker(
  stream: ReadableStream<Uint8Array>,
  label: string,
  options: ModelLoadOptions & { readonly total?: number; readonly sizeLimit: number; readonly decodeHere: (chunks: Uint8Array[]) => Promise<LoadedModel> },
  worker: Promise<ModelWorker>,
): Promise<LoadedModel> {
  const { decodeHere, onProgress } = options;
  const read = async (from: ReadableStream<Uint8Array>) => readModelBody(from.getReader(), { label, ...options });
  const checkHere = (body: ModelBody) => {
    onProgress?.({ stage: 'parse', bytes: body.byteLength });
    return decodeHere(body.chunks);
  };
  if (!canTransferStreams()) {
    const body = await read(stream).catch((error: unknown) => {
      void worker.then((w) => w.terminate(), () => undefined);
      throw error;
    });
    return decodeModelInWorker(body, label, { ...options, fallback: () => checkHere(body) }, worker);
  }
  // Through a pipe that Cancel stops: terminating the worker that holds a stream does not cancel the
  // download behind it (the connection stayed open), aborting the pipe does.
  const body = options.signal ? stream.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), { signal: options.signal }) : stream;
  return decodeModelStreamInWorker(body, label, { ...options, fallback: async () => checkHere(await read(body)) }, worker);
}

async function decodeInWorker(send: (running: ModelWorker) => void, label: string, options: ModelLoadOptions, worker: Promise<ModelWorker>): Promise<LoadedModel> {
  const { signal, onProgress } = options;
  const cancelled = () => createCancelledError(label);
  const running = await new Promise<ModelWorker>((resolve, reject) => {
    const abort = () => reject(cancelled());
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.then(resolve, reject).finally(() => signal?.removeEventListener('abort', abort));
  }).catch((error: unknown) => {
    void worker.then((w) => w.terminate(), () => undefined);
    throw error;
  });

  // The parts of the pack, as they arrive: the page rebuilds the first while the worker packs the next.
  const parts: ModelPackPart[] = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const stop = (error: unknown) => {
    failure ??= { error };
    wake?.();
  };
  const abort = () => stop(cancelled());
  try {
    if (signal?.aborted) throw cancelled();
    signal?.addEventListener('abort', abort, { once: true });
    running.addEventListener('message', ({ data }) => {
      if (data.type === 'progress') onProgress?.(data.progress);
      else if (data.type === 'part') {
        parts.push(data.part);
        // The last part is here: the worker's memory can go.
        if (data.part.kind === 'statements') running.terminate();
        wake?.();
      } else if (data.type === 'error') {
        const { kind, message, status, problems } = data.error;
        stop(new ModelLoadError(kind, message, { ...(status === undefined ? {} : { status }), problems }));
      }
    });
    running.addEventListener('error', (event) => stop(new Error(`Checking ${label} failed in the browser: ${event.message || 'the worker stopped'}.`)));
    /** Resolves once a part is waiting; rejects when the worker failed or the load was cancelled. */
    const partArrived = async () => {
      while (parts.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (failure) throw failure.error;
    };
    send(running);
    await partArrived();

    const steps = unpackModelInSteps(() => parts.shift());
    for (;;) {
      const start = performance.now();
      let step = steps.next();
      while (!step.done && step.value !== AWAITING_PART && performance.now() - start < SLICE_MS) step = steps.next();
      if (step.done) return { model: step.value };
      if (step.value === AWAITING_PART) await partArrived();
      else {
        onProgress?.({ stage: 'prepare', share: step.value });
        await nextTask();
      }
      if (signal?.aborted) throw cancelled();
    }
  } finally {
    signal?.removeEventListener('abort', abort);
    running.terminate();
  }
}
