import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { WORKER_THRESHOLD_BYTES } from './decode-model';
import type { ModelPrefetch } from './fetch-model';
import { DEFAULT_MODEL_SIZE_LIMIT } from './model-size-limit';
import { MODEL_REQUEST_INIT } from './request-model';

const SCRIPT = readFileSync(new URL('../../public/prefetch-model.js', import.meta.url), 'utf8');

/** Runs public/prefetch-model.js as the page would, with `fetch` answering `response`; → what it left for the app. */
function prefetch(response: Response, fetch = vi.fn(async () => response)): { prefetch: ModelPrefetch; fetch: typeof fetch } {
  const page: Record<string, unknown> = {
    document: { currentScript: { getAttribute: () => 'data/model.json' } },
    location: new URL('http://example.test/app/'),
    URL,
    URLSearchParams,
    fetch,
    TransformStream,
    ByteLengthQueuingStrategy,
  };
  page.window = page;
  runInNewContext(SCRIPT, page);
  return { prefetch: page.__parleyModelPrefetch as ModelPrefetch, fetch };
}

/** A body that says whether anyone pulled from it. */
function watchedBody() {
  const state = { pulled: false };
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({ pull: () => void (state.pulled = true) }, { highWaterMark: 0 });
  return { stream, state };
}

describe('public/prefetch-model.js', () => {
  it('makes the app’s request for the page’s model', async () => {
    const { prefetch: p, fetch } = prefetch(new Response('{}'));
    expect(p.href).toBe('http://example.test/app/data/model.json');
    expect(fetch).toHaveBeenCalledWith(new URL('http://example.test/app/data/model.json'), MODEL_REQUEST_INIT);
  });

  // The app hands a model of WORKER_THRESHOLD_BYTES or more to its worker, which downloads it itself.
  it('reads a body ahead just under the worker’s threshold, and leaves one at the threshold unread for the app to cancel', async () => {
    const small = watchedBody();
    const under = prefetch(new Response(small.stream, { headers: { 'content-length': String(WORKER_THRESHOLD_BYTES - 1) } })).prefetch;
    expect(await under.body).toBeInstanceOf(ReadableStream);
    await vi.waitFor(() => expect(small.state.pulled).toBe(true));

    const large = watchedBody();
    const at = prefetch(new Response(large.stream, { headers: { 'content-length': String(WORKER_THRESHOLD_BYTES) } })).prefetch;
    expect(await at.body).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(large.state.pulled).toBe(false);
    expect((await at.response).body?.locked).toBe(false);
  });

  it('reads ahead a compressed body, whose length the app does not count either, and no error answer', async () => {
    const compressed = prefetch(new Response('{}', { headers: { 'content-length': String(WORKER_THRESHOLD_BYTES), 'content-encoding': 'gzip' } })).prefetch;
    expect(await compressed.body).toBeInstanceOf(ReadableStream);
    expect(await prefetch(new Response('gone', { status: 404 })).prefetch.body).toBeUndefined();
  });

  it('queues up to the app’s default size limit', () => {
    expect(SCRIPT).toContain(`var LIMIT = ${DEFAULT_MODEL_SIZE_LIMIT / 1024 / 1024} * 1024 * 1024;`);
  });
});
