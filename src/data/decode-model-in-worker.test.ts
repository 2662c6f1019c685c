import { afterEach, describe, expect, it, vi } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { joinStrings } from '../model/join-strings.ts';
import { packModelInParts } from '../model/pack-model.ts';
import type { Model } from '../model/types.ts';
import { decodeModel, WORKER_THRESHOLD_BYTES } from './decode-model.ts';
import { decodeModelInWorker, decodeModelStreamInWorker, startModelWorker, WorkerUnavailableError, type ModelWorker } from './decode-model-in-worker.ts';
import { handleModelWorkerRequest } from './handle-model-worker-request.ts';
import { ModelLoadError } from './model-load-error.ts';
import type { ModelLoadProgress } from './model-load-progress.ts';
import type { DecodeRequest, WorkerResponse } from './model-worker-protocol.ts';
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
 * postMessage would send them, and arrive in later tasks.
 */
function fakeWorker(options: { handle?: (request: DecodeRequest, post: (m: WorkerResponse, t?: Transferable[]) => void) => void } = {}) {
  const listeners: { message: ((event: MessageEvent<WorkerResponse>) => void)[]; error: ((event: ErrorEvent) => void)[] } = { message: [], error: [] };
  const toPage = (message: WorkerResponse, transfer: Transferable[] = []) => {
    const copy = structuredClone(message, { transfer });
    setTimeout(() => listeners.message.forEach((l) => l({ data: copy } as MessageEvent<WorkerResponse>)));
  };
  const worker = {
    postMessage: vi.fn((request: DecodeRequest, transfer: Transferable[]) => {
      const copy = structuredClone(request, { transfer });
      setTimeout(() => (options.handle ?? handleModelWorkerRequest)(copy, toPage));
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

describe('decodeModelStreamInWorker', () => {
  const streamOf = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 97) controller.enqueue(bytes.slice(at, at + 97));
        controller.close();
      },
    });
  };

  it('hands the body to the worker, which reads it: the same model, the download’s progress, then check and prepare', async () => {
    const file = validModel();
    const text = JSON.stringify(file);
    const seen: ModelLoadProgress[] = [];
    const worker = fakeWorker();
    const stream = streamOf(text);
    const loaded = await decodeModelStreamInWorker(stream, 'model.json', { total: text.length, sizeLimit: 1e9, onProgress: (p) => seen.push(p) }, startModelWorker(() => worker as unknown as ModelWorker));
    expect(plain(loaded.model)).toEqual(plain(loadModel(file)));
    expect(worker.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'decode-stream', stream }), [stream]);
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['download', 'parse', 'check', 'prepare']);
    expect(seen[0]).toEqual({ stage: 'download', loaded: 0, total: text.length });
  });

  it('reads the body on the page when no worker can start (the stream is still unread then)', async () => {
    const start = startModelWorker(() => {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    const fallback = vi.fn(async () => ({ model: loadModel(validModel()) }));
    const stream = streamOf(JSON.stringify(validModel()));
    await decodeModelStreamInWorker(stream, 'model.json', { sizeLimit: 1e9, fallback }, start);
    expect(fallback).toHaveBeenCalled();
    expect(stream.locked).toBe(false);
  });

  it('refuses a body over the cap, read in the worker', async () => {
    const error = await decodeModelStreamInWorker(streamOf(JSON.stringify(validModel())), 'big.json', { sizeLimit: 100 }, startModelWorker(() => fakeWorker() as unknown as ModelWorker)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'too-large', message: expect.stringContaining('big.json is more than') });
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

describe('decodeResponseInWorker', () => {
  it('where streams cannot be handed to a worker (Safari), reads the body here and hands over its bytes', async () => {
    vi.resetModules();
    const realClone = structuredClone;
    // Streams refuse to be transferred, as in Safari; everything else clones as usual.
    vi.stubGlobal('structuredClone', (value: unknown, options?: StructuredSerializeOptions) => {
      if (value instanceof ReadableStream) throw new DOMException('ReadableStream could not be cloned', 'DataCloneError');
      return realClone(value, options);
    });
    const { decodeResponseInWorker, startModelWorker: start } = await import('./decode-model-in-worker.ts');
    const text = JSON.stringify(validModel());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const worker = fakeWorker();
    const decodeHere = vi.fn();
    const loaded = await decodeResponseInWorker(stream, 'model.json', { sizeLimit: 1e9, decodeHere }, start(() => worker as unknown as ModelWorker));
    expect(plain(loaded.model)).toEqual(plain(loadModel(validModel())));
    expect(worker.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'decode' }), expect.anything());
    expect(decodeHere).not.toHaveBeenCalled();
  });
});
