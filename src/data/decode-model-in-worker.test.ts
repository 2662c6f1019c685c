import { afterEach, describe, expect, it, vi } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { joinStrings } from '../model/join-strings.ts';
import { packModelInParts } from '../model/pack-model.ts';
import type { Model } from '../model/types.ts';
import { decodeModel, WORKER_THRESHOLD_BYTES } from './decode-model.ts';
import { decodeModelInWorker, decodeUrlInWorker, startModelWorker, WorkerUnavailableError, type ModelWorker } from './decode-model-in-worker.ts';
import { handleModelWorkerRequest } from './handle-model-worker-request.ts';
import { ModelLoadError } from './model-load-error.ts';
import type { ModelLoadProgress } from './model-load-progress.ts';
import type { DecodeRequest, FetchModelRequest, PageToWorker, WorkerResponse } from './model-worker-protocol.ts';
import type { ModelBody } from './read-model-body.ts';

afterEach(() => vi.unstubAllGlobals());

const bodyOf = (text: string): ModelBody => {
  const bytes = new TextEncoder().encode(text);
  // Two chunks, split inside a multi-byte character when there is one, as a network would.
  const cut = Math.max(1, text.indexOf('–') + 1);
  return { chunks: [bytes.slice(0, cut), bytes.slice(cut)], byteLength: bytes.length };
};

const plain = (model: Model) => ({ ...model, kindOf: [...model.kindOf], backlinks: [...model.backlinks] });

/**
 * A worker in this thread: messages go through structuredClone with their transfer lists, as
 * postMessage would send them, and arrive in later tasks. A 'cancel' aborts the request's signal, as
 * in model-worker.ts.
 */
function fakeWorker(options: { handle?: (request: DecodeRequest, post: (m: WorkerResponse, t?: Transferable[]) => void, signal: AbortSignal) => void } = {}) {
  const download = new AbortController();
  const listeners: { message: ((event: MessageEvent<WorkerResponse>) => void)[]; error: ((event: ErrorEvent) => void)[] } = { message: [], error: [] };
  const toPage = (message: WorkerResponse, transfer: Transferable[] = []) => {
    const copy = structuredClone(message, { transfer });
    setTimeout(() => listeners.message.forEach((l) => l({ data: copy } as MessageEvent<WorkerResponse>)));
  };
  const worker = {
    postMessage: vi.fn((request: PageToWorker, transfer: Transferable[]) => {
      const copy = structuredClone(request, { transfer });
      setTimeout(() => (copy.type === 'cancel' ? download.abort() : (options.handle ?? handleModelWorkerRequest)(copy, toPage, download.signal)));
    }),
    addEventListener: (type: 'message' | 'error', listener: never) => listeners[type].push(listener),
    terminate: vi.fn(),
    fail: (message: string) => listeners.error.forEach((l) => l({ message } as ErrorEvent)),
  };
  setTimeout(() => toPage({ type: 'ready' }));
  return worker;
}

describe('decodeModelInWorker', () => {
  it('gives the same model as checking on the page, reporting parse, check and prepare', async () => {
    const file = validModel();
    const seen: ModelLoadProgress[] = [];
    const worker = fakeWorker();
    const loaded = await decodeModelInWorker(bodyOf(JSON.stringify(file)), 'model.json', { onProgress: (p) => seen.push(p) }, startModelWorker(() => worker as unknown as ModelWorker));
    expect(plain(loaded.model)).toEqual(plain(loadModel(file)));
    expect(seen.map((p) => p.stage)).toEqual(['parse', 'check', 'prepare']);
    expect(seen[1]).toEqual({ stage: 'check', events: file.events!.length, statements: file.statements!.length });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('moves the bytes to the worker rather than copying them', async () => {
    const body = bodyOf(JSON.stringify(validModel()));
    const worker = fakeWorker();
    await decodeModelInWorker(body, 'model.json', {}, startModelWorker(() => worker as unknown as ModelWorker));
    expect(body.chunks.every((chunk) => chunk.byteLength === 0)).toBe(true);
  });

  it('reports an invalid model with its problems by path, as on the page', async () => {
    const broken = { ...validModel(), format: 'parley/0' };
    const error = await decodeModelInWorker(bodyOf(JSON.stringify(broken)), 'model.json', {}, startModelWorker(() => fakeWorker() as unknown as ModelWorker)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).kind).toBe('invalid-model');
    expect((error as ModelLoadError).problems.some((p) => p.path === 'format')).toBe(true);
  });

  it('tells text that is not JSON and bytes that are not UTF-8 apart', async () => {
    const start = () => startModelWorker(() => fakeWorker() as unknown as ModelWorker);
    await expect(decodeModelInWorker(bodyOf('{"format": '), 'x.json', {}, start())).rejects.toMatchObject({ kind: 'not-json' });
    const bad = { chunks: [new Uint8Array([0x7b, 0xff, 0x7d])], byteLength: 3 };
    await expect(decodeModelInWorker(bad, 'x.json', {}, start())).rejects.toMatchObject({ kind: 'encoding' });
  });

  it('terminates the worker when the load is cancelled', async () => {
    const controller = new AbortController();
    const worker = fakeWorker({ handle: () => controller.abort() });
    const loading = decodeModelInWorker(bodyOf(JSON.stringify(validModel())), 'model.json', { signal: controller.signal }, startModelWorker(() => worker as unknown as ModelWorker));
    await expect(loading).rejects.toMatchObject({ kind: 'cancelled' });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('fails with a reason when the worker dies on the way', async () => {
    const worker = fakeWorker({ handle: () => worker.fail('out of memory') });
    const loading = decodeModelInWorker(bodyOf(JSON.stringify(validModel())), 'big.json', {}, startModelWorker(() => worker as unknown as ModelWorker));
    await expect(loading).rejects.toThrow('Checking big.json failed in the browser: out of memory.');
  });
});

describe('decodeModelInWorker, the pack in parts', () => {
  /** A worker that posts the model's first part, then leaves `then` to decide what follows. */
  const firstPartThen = (then: (post: (m: WorkerResponse, t?: Transferable[]) => void, rest: () => void) => void) =>
    fakeWorker({
      handle: (_request, post) => {
        const parts = packModelInParts(loadModel(validModel()));
        const postNext = () => {
          const next = parts.next();
          if (next.done) return;
          const strings = joinStrings(next.value.part.strings as string[]);
          post({ type: 'part', part: { ...next.value.part, strings } }, [...next.value.transfer, strings.ends.buffer]);
        };
        postNext();
        then(post, postNext);
      },
    });

  it('rebuilds the first part while the second is on its way, and gives the same model', async () => {
    const worker = firstPartThen((_post, rest) => setTimeout(rest, 30));
    const loaded = await decodeModelInWorker(bodyOf('{}'), 'model.json', {}, startModelWorker(() => worker as unknown as ModelWorker));
    expect(plain(loaded.model)).toEqual(plain(loadModel(validModel())));
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('is cancelled while it waits for the second part, and stops the worker', async () => {
    const controller = new AbortController();
    const worker = firstPartThen(() => setTimeout(() => controller.abort(), 30));
    const loading = decodeModelInWorker(bodyOf('{}'), 'model.json', { signal: controller.signal }, startModelWorker(() => worker as unknown as ModelWorker));
    await expect(loading).rejects.toMatchObject({ kind: 'cancelled' });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('fails with the reason when the worker dies after the first part', async () => {
    const worker = firstPartThen(() => setTimeout(() => worker.fail('out of memory'), 30));
    const loading = decodeModelInWorker(bodyOf('{}'), 'big.json', {}, startModelWorker(() => worker as unknown as ModelWorker));
    await expect(loading).rejects.toThrow('Checking big.json failed in the browser: out of memory.');
  });
});

describe('decodeUrlInWorker', () => {
  const file = validModel();
  const text = JSON.stringify(file);
  const bytes = new TextEncoder().encode(text);
  const request: FetchModelRequest = {
    type: 'fetch',
    href: 'http://example.test/data/big.json',
    label: 'big.json',
    crossOrigin: false,
    addressTried: ' Address tried: http://example.test/data/big.json.',
    sizeLimit: 1e9,
    expected: { length: bytes.length },
  };
  const answer = (body: BodyInit = bytes) => new Response(body, { headers: { 'content-length': String(bytes.length) } });

  it('has the worker download the file: the same model, the download’s progress, then check and prepare; the page’s body is cancelled just before', async () => {
    const fetch = vi.fn(async () => answer());
    vi.stubGlobal('fetch', fetch);
    const seen: ModelLoadProgress[] = [];
    const worker = fakeWorker();
    const beforeSend = vi.fn(() => expect(worker.postMessage).not.toHaveBeenCalled());
    const loaded = await decodeUrlInWorker(request, { onProgress: (p) => seen.push(p), beforeSend }, startModelWorker(() => worker as unknown as ModelWorker));
    expect(plain(loaded.model)).toEqual(plain(loadModel(file)));
    expect(beforeSend).toHaveBeenCalledTimes(1);
    expect(worker.postMessage).toHaveBeenCalledWith(request, []);
    expect(fetch).toHaveBeenCalledWith('http://example.test/data/big.json', expect.objectContaining({ credentials: 'omit' }));
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['download', 'parse', 'check', 'prepare']);
    expect(seen[0]).toEqual({ stage: 'download', loaded: 0, total: bytes.length });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('gives the worker’s download errors as the page’s ModelLoadErrors', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('gone', { status: 404 })));
    const error = await decodeUrlInWorker(request, {}, startModelWorker(() => fakeWorker() as unknown as ModelWorker)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect(error).toMatchObject({ kind: 'http', status: 404, message: 'big.json was not found (404). Address tried: http://example.test/data/big.json.' });
  });

  it('Cancel tells the worker to stop its download, and terminates it', async () => {
    let downloadStopped = false;
    let fetchSignal: AbortSignal | undefined;
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      fetchSignal = init.signal ?? undefined;
      // Half the file, then nothing until the request is aborted, which breaks the body (as a browser's fetch does).
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) return void ((sent = true), controller.enqueue(bytes.slice(0, bytes.length >> 1)));
          return new Promise<void>((_, reject) =>
            fetchSignal?.addEventListener('abort', () => {
              downloadStopped = true;
              reject(new DOMException('The operation was aborted.', 'AbortError'));
            }),
          );
        },
      });
      return answer(body);
    }));
    const controller = new AbortController();
    const worker = fakeWorker();
    const seen: ModelLoadProgress[] = [];
    const loading = decodeUrlInWorker(request, { signal: controller.signal, onProgress: (p) => seen.push(p) }, startModelWorker(() => worker as unknown as ModelWorker));
    await vi.waitFor(() => expect(seen).toContainEqual({ stage: 'download', loaded: bytes.length >> 1, total: bytes.length }));
    controller.abort();
    await expect(loading).rejects.toMatchObject({ kind: 'cancelled' });
    expect(worker.postMessage).toHaveBeenLastCalledWith({ type: 'cancel' }, []);
    expect(worker.terminate).toHaveBeenCalled();
    await vi.waitFor(() => expect(downloadStopped).toBe(true));
  });

  it('where no worker can start, the page reads its own answer (unread and not cancelled until then)', async () => {
    const start = startModelWorker(() => {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    const fallback = vi.fn(async () => ({ model: loadModel(validModel()) }));
    const beforeSend = vi.fn();
    await decodeUrlInWorker(request, { fallback, beforeSend }, start);
    expect(fallback).toHaveBeenCalled();
    expect(beforeSend).not.toHaveBeenCalled();
  });
});

describe('startModelWorker', () => {
  it('says the worker is unavailable when it cannot be created, before any bytes are handed over', async () => {
    const start = startModelWorker(() => {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    await expect(start).rejects.toBeInstanceOf(WorkerUnavailableError);
  });

  it('says so too when the worker’s script fails to load', async () => {
    const worker = fakeWorker();
    const start = startModelWorker(() => worker as unknown as ModelWorker);
    worker.fail('blocked by the content security policy');
    await expect(start).rejects.toBeInstanceOf(WorkerUnavailableError);
  });
});

describe('decodeModel', () => {
  it('checks a large model on the page when no worker can be started there', async () => {
    vi.stubGlobal('Worker', class {
      constructor() {
        throw new DOMException('opaque origin', 'SecurityError');
      }
    });
    // Valid JSON padded past the threshold with spaces.
    const text = JSON.stringify(validModel()) + ' '.repeat(WORKER_THRESHOLD_BYTES);
    const loaded = await decodeModel(bodyOf(text), 'padded.json');
    expect(loaded.model.meta.id).toBe('aster-borea-talks');
  });
});
