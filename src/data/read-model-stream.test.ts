import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { ModelLoadProgress } from './model-load-progress.ts';
import { readModelStream } from './read-model-stream.ts';

/** A body that arrives in chunks of `size` bytes (cutting multi-byte characters), then ends or breaks. */
function streamOf(bytes: Uint8Array, size: number, options: { breakAfter?: number } = {}) {
  let at = 0;
  let pulls = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (options.breakAfter !== undefined && pulls++ >= options.breakAfter) return controller.error(new TypeError('network error'));
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { reader: stream.getReader(), wasCancelled: () => cancelled };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('readModelStream', () => {
  it('gives JSON.parse’s value of the whole text, however the bytes are cut', async () => {
    const file = { ...validModel(), note: 'Переговори – “quoted” \\ "escaped" 🕊️' };
    const text = JSON.stringify(file, null, 1);
    for (const size of [1, 3, 7, 64, 100_000]) {
      const { reader } = streamOf(encode(text), size);
      expect(await readModelStream(reader, { label: 'm.json', sizeLimit: 1e9 })).toEqual(JSON.parse(text));
    }
  });

  it('reports the download with the declared total, then the parse', async () => {
    const bytes = encode(JSON.stringify(validModel()));
    const seen: ModelLoadProgress[] = [];
    await readModelStream(streamOf(bytes, 50).reader, { label: 'm.json', sizeLimit: 1e9, total: bytes.length, onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ stage: 'download', loaded: 0, total: bytes.length });
    expect(seen.at(-1)).toEqual({ stage: 'parse', bytes: bytes.length });
  });

  it('reports what has arrived when the download stalls, even if it came within the throttle’s interval', async () => {
    // Two chunks back to back, then nothing: the second arrives inside the 50 ms interval.
    let pull = 0;
    const stalled = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pull++ < 2) controller.enqueue(new Uint8Array(100));
        else return new Promise<void>(() => {});
      },
    });
    const seen: ModelLoadProgress[] = [];
    void readModelStream(stalled.getReader(), { label: 'slow.json', sizeLimit: 1e9, total: 1000, onProgress: (p) => seen.push(p) });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(seen.at(-1)).toEqual({ stage: 'download', loaded: 200, total: 1000 });
  });

  it('gives the whole-text errors: not JSON (with its position), a web page, bad UTF-8', async () => {
    const read = (bytes: Uint8Array) => readModelStream(streamOf(bytes, 5).reader, { label: 'm.json', sizeLimit: 1e9 });
    await expect(read(encode('{"events": [1, 2,]}'))).rejects.toMatchObject({ kind: 'not-json', message: expect.stringContaining('m.json is not JSON') });
    await expect(read(encode('<!doctype html><html></html>'))).rejects.toMatchObject({ kind: 'html' });
    await expect(read(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))).rejects.toMatchObject({ kind: 'encoding' });
  });

  it('refuses a body that outgrows the cap as soon as it does, and stops the download', async () => {
    const body = streamOf(encode(`{"a": "${'x'.repeat(1000)}"}`), 100);
    await expect(readModelStream(body.reader, { label: 'big.json', sizeLimit: 250 })).rejects.toMatchObject({ kind: 'too-large' });
    expect(body.wasCancelled()).toBe(true);
  });

  it('says the download broke off (a network error, which is retried)', async () => {
    const body = streamOf(encode(JSON.stringify(validModel())), 10, { breakAfter: 3 });
    await expect(readModelStream(body.reader, { label: 'm.json', sizeLimit: 1e9 })).rejects.toMatchObject({ kind: 'network', message: expect.stringContaining('broke off') });
  });
});
