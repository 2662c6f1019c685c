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

  it('refuses a file over 20 MB by its size, without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const error = await failure(readModelFile({ name: 'huge.json', size: 20 * 1024 * 1024 + 1, arrayBuffer }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('huge.json is 20.0 MB; models larger than 20 MB are not opened.');
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('opens a file of exactly 20 MB as far as its contents allow', async () => {
    const error = await failure(readModelFile(new File([new Uint8Array(20 * 1024 * 1024).fill(0x20)], 'spaces.json')));
    expect(error.kind).toBe('not-json');
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
    const arrayBuffer = vi.fn(async (): Promise<ArrayBuffer> => {
      throw new DOMException('gone', 'NotReadableError');
    });
    const error = await failure(readModelFile({ name: 'moved.json', size: 10, arrayBuffer }));
    expect(error.message).toBe('moved.json could not be read. Choose it again.');
  });
});
