import { describe, expect, it, vi } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { ModelLoadProgress } from './model-load-progress.ts';
import { readModelUrl, type ModelUrlSource } from './read-model-url.ts';

const TEXT = JSON.stringify({ ...validModel(), note: 'Переговори – “quoted” 🕊️' });
const BYTES = new TextEncoder().encode(TEXT);

const source = (overrides: Partial<ModelUrlSource> = {}): ModelUrlSource => ({
  href: 'http://example.test/data/big.json',
  label: 'big.json',
  crossOrigin: false,
  addressTried: ' Address tried: http://example.test/data/big.json.',
  sizeLimit: 1e9,
  expected: { length: BYTES.length },
  ...overrides,
});

/** A body of `bytes` in chunks of `size`; it can stall after `stallAfter` chunks, and it records reads and its cancel. */
function bodyOf(bytes: Uint8Array, size = 97, options: { stallAfter?: number } = {}) {
  let at = 0;
  let pulls = 0;
  const state = { cancelled: false, pulls: () => pulls };
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (options.stallAfter !== undefined && pulls >= options.stallAfter) return new Promise<void>(() => undefined);
        pulls += 1;
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

/** A fetch that answers once with `init` and the body, and records what it was asked. */
function answering(body: BodyInit | null, init: ResponseInit & { length?: number | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.length !== null) headers.set('content-length', String(init.length ?? BYTES.length));
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, { status: init.status ?? 200, statusText: init.statusText, headers }));
}

const failure = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('readModelUrl (the worker’s download of a large model)', () => {
  it('asks for the address with the page’s request options, and gives the JSON with the download’s progress', async () => {
    const fetch = answering(bodyOf(BYTES).stream);
    const seen: ModelLoadProgress[] = [];
    expect(await readModelUrl(source(), { fetch, onProgress: (p) => seen.push(p) })).toEqual(JSON.parse(TEXT));
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('http://example.test/data/big.json');
    expect(init).toMatchObject({ headers: { Accept: 'application/json' }, credentials: 'omit' });
    expect(seen[0]).toEqual({ stage: 'download', loaded: 0, total: BYTES.length });
    expect(seen.at(-1)).toEqual({ stage: 'parse', bytes: BYTES.length });
  });

  it('reports no answer as the page does: a network error here, CORS for another origin', async () => {
    const refused = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failure(readModelUrl(source(), { fetch: refused }))).toMatchObject({
      kind: 'network',
      message: 'Could not reach http://example.test/data/big.json. Check your connection and try again.',
    });
    expect(await failure(readModelUrl(source({ crossOrigin: true }), { fetch: refused }))).toMatchObject({ kind: 'cors', message: expect.stringContaining('Access-Control-Allow-Origin') });
  });

  it('reports an error status of the second answer as the page would, and stops its body', async () => {
    const gone = bodyOf(BYTES);
    expect(await failure(readModelUrl(source(), { fetch: answering(gone.stream, { status: 404, length: null }) }))).toMatchObject({
      kind: 'http',
      status: 404,
      message: 'big.json was not found (404). Address tried: http://example.test/data/big.json.',
    });
    expect(gone.state.cancelled).toBe(true);
    expect(await failure(readModelUrl(source(), { fetch: answering('busy', { status: 503, statusText: 'Service Unavailable', length: null }) }))).toMatchObject({
      kind: 'http',
      status: 503,
      message: expect.stringContaining('answered with HTTP 503 Service Unavailable.'),
    });
  });

  it('refuses a second answer that is not the file the first announced, before reading it: another length, ETag or date', async () => {
    const shorter = bodyOf(BYTES);
    const error = await failure(readModelUrl(source(), { fetch: answering(shorter.stream, { length: BYTES.length - 1 }) }));
    expect(error).toMatchObject({ kind: 'network', message: expect.stringMatching(/^big\.json changed on the server while it was being opened: it was .* bytes\), and is now .* bytes\)\. Try again\.$/) });
    expect(shorter.state.cancelled).toBe(true);
    expect(shorter.state.pulls()).toBe(0);
    // Retried from the start by the app (a transient error), not shown as a broken model.
    expect((error as { isTransient: boolean }).isTransient).toBe(true);
    expect(await failure(readModelUrl(source(), { fetch: answering(BYTES, { length: null }) }))).toMatchObject({ message: expect.stringContaining('and is now no length') });
    const expected = { length: BYTES.length, etag: '"v1"', lastModified: 'Thu, 03 Dec 2026 10:00:00 GMT' };
    expect(await failure(readModelUrl(source({ expected }), { fetch: answering(BYTES, { headers: { etag: '"v2"' } }) }))).toMatchObject({ message: expect.stringContaining('its ETag was "v1", and is now "v2"') });
    expect(await failure(readModelUrl(source({ expected }), { fetch: answering(BYTES, { headers: { 'last-modified': 'Thu, 03 Dec 2026 11:00:00 GMT' } }) }))).toMatchObject({
      message: expect.stringContaining('it was last modified Thu, 03 Dec 2026 10:00:00 GMT'),
    });
    // The same validators, or none to compare: the file is read.
    expect(await readModelUrl(source({ expected }), { fetch: answering(BYTES, { headers: { etag: '"v1"' } }) })).toEqual(JSON.parse(TEXT));
  });

  it('refuses a file over the size limit by its declared length, and one that outgrows it while it arrives', async () => {
    const big = bodyOf(BYTES);
    expect(await failure(readModelUrl(source({ sizeLimit: 100 }), { fetch: answering(big.stream) }))).toMatchObject({ kind: 'too-large', message: expect.stringContaining('big.json is 0.0 MB') });
    expect(big.state.pulls()).toBe(0);
    // The length declared at first was under the limit, and the bytes that come are more than it said.
    const growing = bodyOf(new Uint8Array(5000).fill(0x20), 500);
    const error = await failure(readModelUrl(source({ sizeLimit: 1200, expected: { length: 1000 } }), { fetch: answering(growing.stream, { length: 1000 }) }));
    expect(error).toMatchObject({ kind: 'too-large', message: expect.stringContaining('big.json is more than') });
    expect(growing.state.cancelled).toBe(true);
    expect(growing.state.pulls()).toBeLessThan(5);
  });

  it('refuses bytes that are not UTF-8 and text that is not JSON, as the page does', async () => {
    const bad = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect(await failure(readModelUrl(source({ expected: { length: bad.length } }), { fetch: answering(bad, { length: bad.length }) }))).toMatchObject({ kind: 'encoding' });
    const html = new TextEncoder().encode('<!doctype html><p>Home</p>');
    expect(await failure(readModelUrl(source({ expected: { length: html.length } }), { fetch: answering(html, { length: html.length }) }))).toMatchObject({ kind: 'html' });
  });

  it('stops the download when cancelled, and says the load was stopped rather than broken', async () => {
    const controller = new AbortController();
    const stalled = bodyOf(BYTES, 97, { stallAfter: 3 });
    // As a browser's fetch does: aborting its signal errors the body.
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const reader = stalled.stream.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(c) {
          const step = await reader.read();
          if (step.done) c.close();
          else c.enqueue(step.value);
        },
      });
      init?.signal?.addEventListener('abort', () => void reader.cancel());
      return new Response(body, { headers: { 'content-length': String(BYTES.length) } });
    });
    const seen: ModelLoadProgress[] = [];
    const reading = readModelUrl(source(), { fetch, signal: controller.signal, onProgress: (p) => seen.push(p) });
    await vi.waitFor(() => expect(stalled.state.pulls()).toBe(3));
    controller.abort();
    expect(await failure(reading)).toMatchObject({ kind: 'cancelled', message: 'Loading big.json was stopped.' });
    expect(stalled.state.cancelled).toBe(true);
    expect(fetch.mock.calls[0]![1]?.signal).toBe(controller.signal);
  });

  it('is stopped before it asks when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      init?.signal?.throwIfAborted();
      return new Response(BYTES);
    });
    expect(await failure(readModelUrl(source(), { fetch, signal: controller.signal }))).toMatchObject({ kind: 'cancelled' });
  });
});
