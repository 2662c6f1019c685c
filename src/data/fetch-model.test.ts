import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeAddressTried, describeModelUrl, fetchModel, type ModelPrefetch } from './fetch-model';
import { WORKER_THRESHOLD_BYTES } from './decode-model';
import { handleModelWorkerRequest } from './handle-model-worker-request';
import { ModelLoadError } from './model-load-error';
import type { ModelLoadProgress } from './model-load-progress';
import type { PageToWorker, WorkerResponse } from './model-worker-protocol';
import { minimalModel } from '../testing/fixtures/minimal-model';

function stubFetch(response: Response | Error) {
  const fn = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

async function loadError(url: string): Promise<ModelLoadError> {
  try {
    await fetchModel(url);
  } catch (error) {
    if (error instanceof ModelLoadError) return error;
    throw error;
  }
  throw new Error('expected fetchModel to fail');
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchModel', () => {
  it('returns the validated model of a good file', async () => {
    stubFetch(new Response(JSON.stringify(minimalModel()), { status: 200 }));
    const loaded = await fetchModel('http://example.test/model.json');
    expect(loaded.model.meta.format).toBe('parley/1');
  });

  it('reports a 404 as an HTTP error that is not worth retrying', async () => {
    stubFetch(new Response('nope', { status: 404 }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toContain('was not found (404)');
    expect(error.isTransient).toBe(false);
  });

  it('reports a 503 as a transient HTTP error', async () => {
    stubFetch(new Response('busy', { status: 503, statusText: 'Service Unavailable' }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('http');
    expect(error.isTransient).toBe(true);
  });

  it('reports a failed request as a network error', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const error = await loadError('http://example.test/model.json');
    expect(['network', 'cors']).toContain(error.kind);
    expect(error.isTransient).toBe(error.kind === 'network');
  });

  it('names a web page served instead of JSON', async () => {
    stubFetch(new Response('<!DOCTYPE html><html><body>Home</body></html>', { status: 200 }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('html');
    expect(error.message).toContain('returned a web page, not JSON');
  });

  it('refuses bytes that are not valid UTF-8 instead of altering the text', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    stubFetch(new Response(bytes, { status: 200 }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('encoding');
  });

  it('reports text that is not JSON with the parser’s reason', async () => {
    stubFetch(new Response('{"format": ', { status: 200 }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/is not JSON: .+/);
  });

  it('carries the validation problems of an invalid model', async () => {
    const broken = { ...minimalModel(), format: 'parley/0' };
    stubFetch(new Response(JSON.stringify(broken), { status: 200 }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('invalid-model');
    expect(error.problems.some((p) => p.path === 'format')).toBe(true);
  });

  it('does not fetch addresses other than http and https', async () => {
    const fetch = stubFetch(new Response('{}'));
    // Built from parts: the lint rule rightly bans script URLs written out in code.
    const error = await loadError(['javascript', 'alert(1)'].join(':'));
    expect(error.message).toContain('Only http and https');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the address in a load error', () => {
  it('names the full address a 404 came from', async () => {
    stubFetch(new Response('nope', { status: 404 }));
    const error = await loadError('http://example.test/models/iran-deal-2015.json');
    expect(error.message).toMatch(/iran-deal-2015\.json was not found \(404\)\. Address tried: http:\/\/example\.test\/models\/iran-deal-2015\.json\.$/);
  });

  it('says what a relative address is relative to, and that public/ is not part of a served path', () => {
    const page = 'https://news.example/timelines/iran/index.html';
    vi.stubGlobal('location', new URL(page));
    expect(describeAddressTried('data/iran.json', 'https://news.example/timelines/iran/data/iran.json')).toBe(
      " Address tried: https://news.example/timelines/iran/data/iran.json. A relative address is read from this page's folder, https://news.example/timelines/iran/.",
    );
    expect(describeAddressTried('public/data/iran.json', 'https://news.example/timelines/iran/public/data/iran.json')).toContain('Files in public/ are served without "public/": try data/iran.json.');
    expect(describeAddressTried('/data/iran.json', 'https://news.example/data/iran.json')).toBe(' Address tried: https://news.example/data/iran.json.');
  });

  it('names the address of a web page served instead of the model, and of an unreachable one', async () => {
    stubFetch(new Response('<!doctype html><p>Home</p>', { status: 200 }));
    expect((await loadError('http://example.test/wrong.json')).message).toContain('Address tried: http://example.test/wrong.json.');
    stubFetch(new TypeError('Failed to fetch'));
    expect((await loadError('http://example.test/m.json')).message).toContain('http://example.test/m.json');
  });
});

describe('describeModelUrl', () => {
  it('uses the file name for a model on the same origin', () => {
    expect(describeModelUrl('data/x.json', 'http://a.test/app/')).toBe('x.json');
  });

  it('uses host and path for a model from elsewhere', () => {
    expect(describeModelUrl('https://b.test/m/x.json', 'http://a.test/app/')).toBe('b.test/m/x.json');
  });
});

describe('the prefetched model request', () => {
  it('hands the prefetched response to fetchModel once, for the same address only', async () => {
    const fetch = stubFetch(new Response('{}', { status: 500 }));
    const prefetched = Promise.resolve(new Response(JSON.stringify(minimalModel()), { status: 200 }));
    const win = globalThis as { __parleyModelPrefetch?: ModelPrefetch };
    win.__parleyModelPrefetch = { href: 'http://example.test/other.json', response: prefetched };
    await expect(fetchModel('http://example.test/model.json')).rejects.toThrow(/HTTP 500/);
    expect(fetch).toHaveBeenCalledTimes(1);
    win.__parleyModelPrefetch = { href: 'http://example.test/model.json', response: prefetched };
    const loaded = await fetchModel('http://example.test/model.json');
    expect(loaded.model.meta.format).toBe('parley/1');
    expect(fetch).toHaveBeenCalledTimes(1);
    // A retry does not reuse it.
    await expect(fetchModel('http://example.test/model.json')).rejects.toThrow(/HTTP 500/);
    expect(fetch).toHaveBeenCalledTimes(2);
    delete win.__parleyModelPrefetch;
  });

  it('reads the body the prefetch has been reading ahead', async () => {
    stubFetch(new Response('{}', { status: 500 }));
    const win = globalThis as { __parleyModelPrefetch?: ModelPrefetch };
    // The response's own body is locked by the prefetch: only its stream can give this model.
    const response = new Response(JSON.stringify(minimalModel()), { status: 200 });
    const body = response.body!.pipeThrough(new TransformStream());
    win.__parleyModelPrefetch = { href: 'http://example.test/model.json', response: Promise.resolve(response), body: Promise.resolve(body) };
    const loaded = await fetchModel('http://example.test/model.json');
    expect(loaded.model.meta.id).toBe('minimal');
    expect(win.__parleyModelPrefetch).toBeUndefined();
  });

  it('stops reading the prefetched body when the load is cancelled', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({ pull: () => new Promise(() => undefined), cancel: () => void (cancelled = true) });
    const win = globalThis as { __parleyModelPrefetch?: ModelPrefetch };
    win.__parleyModelPrefetch = { href: 'http://example.test/model.json', response: Promise.resolve(new Response('', { status: 200 })), body: Promise.resolve(body) };
    const controller = new AbortController();
    const loading = fetchModel('http://example.test/model.json', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(loading).rejects.toMatchObject({ kind: 'cancelled' });
    expect(cancelled).toBe(true);
  });

  it('can be cancelled while the prefetched request has not answered yet', async () => {
    const win = globalThis as { __parleyModelPrefetch?: ModelPrefetch };
    win.__parleyModelPrefetch = { href: 'http://example.test/model.json', response: new Promise<Response>(() => undefined) };
    const controller = new AbortController();
    const loading = fetchModel('http://example.test/model.json', { signal: controller.signal });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('reports a prefetched error status without reading a body', async () => {
    const win = globalThis as { __parleyModelPrefetch?: ModelPrefetch };
    win.__parleyModelPrefetch = { href: 'http://example.test/model.json', response: Promise.resolve(new Response('gone', { status: 404 })), body: Promise.resolve(undefined) };
    await expect(fetchModel('http://example.test/model.json')).rejects.toThrow(/not found \(404\)/);
  });
});

describe('the size limit', () => {
  it('refuses a declared length over the limit before reading the body, naming the limit', async () => {
    let pulled = false;
    // No queue to fill: pull runs only when someone reads.
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
    stubFetch(new Response(body, { status: 200, headers: { 'content-length': String(150 * 1024 * 1024) } }));
    const error = await loadError('http://example.test/model.json');
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('example.test/model.json is 150 MB; models larger than 100 MB are not opened.');
    expect(pulled).toBe(false);
  });

  it('refuses a body that grows past the limit without a declared length, and stops the download', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(1000).fill(0x20));
      },
    });
    stubFetch(new Response(body, { status: 200 }));
    const error = await fetchModel('http://example.test/model.json', { sizeLimit: 2500 }).then(() => undefined, (e: unknown) => e as ModelLoadError);
    expect(error?.kind).toBe('too-large');
    expect(error?.message).toBe('example.test/model.json is more than 0.0 MB; models larger than 0.0 MB are not opened.');
    expect(pulls).toBeLessThan(6);
  });

  it('reports download progress against the declared length', async () => {
    const text = JSON.stringify(minimalModel());
    stubFetch(new Response(text, { status: 200, headers: { 'content-length': String(text.length) } }));
    const seen: unknown[] = [];
    await fetchModel('http://example.test/model.json', { onProgress: (p) => seen.push(p) });
    expect(seen).toContainEqual({ stage: 'download', loaded: 0, total: text.length });
    expect(seen.at(-1)).toEqual({ stage: 'parse', bytes: text.length });
  });
});


describe('a large model from a URL', () => {
  // Valid JSON padded past the worker's threshold with spaces: a declared length of 8 MB or more.
  const text = JSON.stringify(minimalModel()) + ' '.repeat(WORKER_THRESHOLD_BYTES);
  const bytes = new TextEncoder().encode(text);
  const headers = { 'content-length': String(bytes.length) };

  /** A body that records whether it was read or cancelled. */
  function trackedBody() {
    const state = { pulled: false, cancelled: false };
    const stream = new ReadableStream<Uint8Array<ArrayBuffer>>(
      {
        pull(controller) {
          state.pulled = true;
          controller.enqueue(bytes.slice());
          controller.close();
        },
        cancel: () => void (state.cancelled = true),
      },
      { highWaterMark: 0 },
    );
    return { stream, state };
  }

  /** The model worker, run in this thread (handleModelWorkerRequest, as model-worker.ts runs it). */
  class InThreadWorker {
    static started = 0;
    private readonly listeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
    private readonly download = new AbortController();
    constructor() {
      InThreadWorker.started += 1;
      setTimeout(() => this.toPage({ type: 'ready' }));
    }
    private toPage(message: WorkerResponse, transfer: Transferable[] = []) {
      const data = structuredClone(message, { transfer });
      setTimeout(() => this.listeners.forEach((l) => l({ data } as MessageEvent<WorkerResponse>)));
    }
    addEventListener(type: string, listener: (event: MessageEvent<WorkerResponse>) => void) {
      if (type === 'message') this.listeners.push(listener);
    }
    postMessage(message: PageToWorker) {
      if (message.type === 'cancel') this.download.abort();
      else void handleModelWorkerRequest(structuredClone(message), (m, t) => this.toPage(m, t), this.download.signal);
    }
    terminate() {}
  }

  it('is downloaded again by the worker, the page’s own body cancelled unread', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const first = trackedBody();
    const fetch = vi.fn().mockResolvedValueOnce(new Response(first.stream, { headers })).mockResolvedValueOnce(new Response(bytes, { headers }));
    vi.stubGlobal('fetch', fetch);
    const seen: ModelLoadProgress[] = [];
    const loaded = await fetchModel('http://example.test/big.json', { onProgress: (p) => seen.push(p) });
    expect(loaded.model.meta.id).toBe('minimal');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]).toEqual(['http://example.test/big.json', expect.objectContaining({ headers: { Accept: 'application/json' }, credentials: 'omit' })]);
    expect(first.state).toEqual({ pulled: false, cancelled: true });
    // The worker's progress: the download against the declared length, then the parse of all of it.
    expect(seen).toContainEqual({ stage: 'download', loaded: 0, total: bytes.length });
    expect(seen).toContainEqual({ stage: 'parse', bytes: bytes.length });
    expect(performance.getEntriesByName('parley:model-downloaded')).not.toHaveLength(0);
  });

  it('gives a clear error when the second answer differs: an error status, or another length', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(new Response(trackedBody().stream, { headers })).mockResolvedValueOnce(new Response('gone', { status: 404 })));
    await expect(fetchModel('http://example.test/big.json')).rejects.toMatchObject({ kind: 'http', message: 'example.test/big.json was not found (404). Address tried: http://example.test/big.json.' });
    const other = { 'content-length': String(bytes.length + 1) };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(new Response(trackedBody().stream, { headers })).mockResolvedValueOnce(new Response(text + ' ', { headers: other })));
    await expect(fetchModel('http://example.test/big.json')).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('example.test/big.json changed on the server while it was being opened') });
  });

  it('is read from the page’s own answer where no worker can start (one request)', async () => {
    vi.stubGlobal('Worker', class {
      constructor() {
        throw new DOMException('opaque origin', 'SecurityError');
      }
    });
    const first = trackedBody();
    const fetch = vi.fn().mockResolvedValueOnce(new Response(first.stream, { headers }));
    vi.stubGlobal('fetch', fetch);
    const loaded = await fetchModel('http://example.test/big.json');
    expect(loaded.model.meta.id).toBe('minimal');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(first.state.pulled).toBe(true);
  });
});
