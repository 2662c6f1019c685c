import { describe, expect, it, vi } from 'vitest';
import { readModelFile } from './read-model-file.ts';
import { ModelLoadError } from '../data/model-load-error.ts';
import { minimalModel } from '../testing/fixtures/minimal-model.ts';

async function failure(promise: Promise<unknown>): Promise<ModelLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ModelLoadError) return error;
    throw error;
  }
  throw new Error('expected readModelFile to fail');
}

const jsonFile = (value: unknown, name = 'model.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });

describe('readModelFile', () => {
  it('returns the validated model of a good file', async () => {
    const loaded = await readModelFile(jsonFile(minimalModel()));
    expect(loaded.model.meta.title).toBe('Minimal model');
  });

  it('refuses a file over 100 MB by its size, naming the limit, without reading it', async () => {
    const stream = vi.fn(() => new Blob([]).stream());
    const error = await failure(readModelFile({ name: 'huge.json', size: 100 * 1024 * 1024 + 1, stream }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('huge.json is 100.0 MB; models larger than 100 MB are not opened.');
    expect(stream).not.toHaveBeenCalled();
  });

  it('takes another size limit as an option, and opens a file of exactly that size as far as its contents allow', async () => {
    const spaces = (n: number) => new File([new Uint8Array(n).fill(0x20)], 'spaces.json');
    expect((await failure(readModelFile(spaces(2048), { sizeLimit: 2048 }))).kind).toBe('not-json');
    const error = await failure(readModelFile(spaces(2049), { sizeLimit: 2048 }));
    expect(error.message).toBe('spaces.json is 0.0 MB; models larger than 0.0 MB are not opened.');
  });

  it('refuses a file that grows past the limit while it is read, before reading the rest', async () => {
    let pulls = 0;
    const stream = () => new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const error = await failure(readModelFile({ name: 'growing.json', size: 10, stream }, { sizeLimit: 4096 }));
    expect(error.kind).toBe('too-large');
    expect(pulls).toBeLessThan(10);
  });

  it('reports the bytes read as it goes', async () => {
    const seen: unknown[] = [];
    await readModelFile(jsonFile(minimalModel()), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ stage: 'download', loaded: 0, total: JSON.stringify(minimalModel()).length });
    expect(seen).toContainEqual({ stage: 'parse', bytes: JSON.stringify(minimalModel()).length });
  });

  it('stops when asked to, with a cancelled error', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(readModelFile(jsonFile(minimalModel()), { signal: controller.signal }));
    expect(error.kind).toBe('cancelled');
  });

  it('names the file in the reason when it is not JSON', async () => {
    const error = await failure(readModelFile(new File(['{"format": '], 'draft.json')));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/^draft\.json is not JSON: /);
  });

  it('carries the problems of an invalid model by JSON path', async () => {
    const error = await failure(readModelFile(jsonFile({ ...minimalModel(), format: 'parley/0' })));
    expect(error.kind).toBe('invalid-model');
    expect(error.problems.some((p) => p.path === 'format')).toBe(true);
  });

  it('refuses bytes that are not UTF-8, such as a dropped image', async () => {
    const error = await failure(readModelFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff])], 'photo.png')));
    expect(error.kind).toBe('encoding');
  });

  it('says so when the file can no longer be read', async () => {
    const stream = () => new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull() {
        throw new DOMException('gone', 'NotReadableError');
      },
    });
    const error = await failure(readModelFile({ name: 'moved.json', size: 10, stream }));
    expect(error.message).toBe('moved.json could not be read. Choose it again.');
  });
});
