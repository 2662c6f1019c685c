import type { ModelPackPart } from '../model/pack-model';
import { AWAITING_PART, unpackModelInSteps } from '../model/unpack-model';
import type { LoadedModel } from './decode-model-bytes';
import { ModelLoadError } from './model-load-error';
import type { ModelLoadOptions, ModelLoadProgress } from './model-load-progress';
import type { ModelAnswer } from './request-model';
import type { FetchModelRequest, PageToWorker, WorkerResponse } from './model-worker-protocol';
import { createCancelledError, type ModelBody } from './read-model-body';

/** Raised when this page cannot start a worker (a sandboxed iframe has an opaque origin; a policy forbids it). */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/** The page's share of the work per slice: short enough that a frame is never kept waiting long. */
const SLICE_MS = 12;

/** What the page needs of a worker; a stand-in in tests. */
export interface ModelWorker {
  postMessage(message: PageToWorker, transfer: Transferable[]): void;
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

/** The headers the page keeps of its answer, for the worker to compare (ModelAnswer). */
export function describeAnswer(response: Pick<Response, 'headers'>, length: number): ModelAnswer {
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { length, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Marks the worker's download's end (the first progress past it), for benchmarks: the page's resource timing sees only its own, cancelled request. */
export function markDownloaded(onProgress: ModelLoadOptions['onProgress']): (progress: ModelLoadProgress) => void {
  let marked = false;
  return (progress) => {
    if (!marked && progress.stage !== 'download') {
      marked = true;
      performance.mark('parley:model-downloaded');
    }
    onProgress?.(progress);
  };
}

/**
 * The same as decodeModelInWorker, from the model's address: the worker downloads the file itself
 * (read-model-url.ts) and reports the download's progress, so the page's thread never reads or passes
 * on the bytes (a transferred response stream did: Chromium feeds its chunks through the page's
 * thread). `beforeSend` runs once the worker is running, just before the request goes (the page
 * cancels its own answer's body there); `fallback` runs where no worker can start, before
 * `beforeSend`, so the page's body is still unread then.
 */
export async function decodeUrlInWorker(
  request: FetchModelRequest,
  options: ModelLoadOptions & { readonly beforeSend?: () => void; readonly fallback?: () => Promise<LoadedModel> },
  worker = startModelWorker(),
): Promise<LoadedModel> {
  const send = (running: ModelWorker) => {
    options.beforeSend?.();
    running.postMessage(request, []);
  };
  try {
    return await decodeInWorker(send, request.label, options, worker);
  } catch (error) {
    if (!(error instanceof WorkerUnavailableError) || !options.fallback) throw error;
    return options.fallback();
  }
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
  // The worker is told to stop its download (a `fetch` request) before it is terminated.
  const abort = () => {
    running.postMessage({ type: 'cancel' }, []);
    stop(cancelled());
  };
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
