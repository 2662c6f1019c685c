import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readModelFile } from './read-model-file.ts';
import { readModelFiles } from './read-model-files.ts';
import { ModelLoadError } from '../data/model-load-error.ts';
import { minimalModel } from '../testing/fixtures/minimal-model.ts';

async function failure(promise: Promise<unknown>): Promise<ModelLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ModelLoadError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

const jsonFile = (value: unknown, name = 'model.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });
const timeline = readFileSync(new URL('../testing/fixtures/import/timelinejs-timeline.json', import.meta.url), 'utf8');

// readModelFile reads a Parley file (size limit, streaming, progress, Cancel, every way its bytes can be
// wrong); readModelFiles routes the reader's files to it or to the importer, so its own cases are the
// routing, the conversions and the text path, not readModelFile's again.
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

describe('readModelFiles', () => {
  it('returns the validated model of a good Parley file, with no conversion', async () => {
    const opened = await readModelFiles([jsonFile(minimalModel())]);
    expect(opened.loaded.model.meta.title).toBe('Minimal model');
    expect(opened.conversion).toBeUndefined();
  });

  it('converts a TimelineJS file and keeps its notes and the converted file for download', async () => {
    const opened = await readModelFiles([new File([timeline], 'harbour.json')]);
    expect(opened.loaded.model.events.size).toBe(5);
    expect(opened.conversion?.formatName).toBe('TimelineJS');
    expect(opened.conversion?.fileName).toBe('harbour.parley.json');
    expect(opened.conversion?.notes.some((n) => n.at === 'events[1].media.credit')).toBe(true);
    expect(JSON.parse(opened.conversion?.text ?? '{}').format).toBe('parley/1');
  });

  it('converts the CSV template files together and names rows in the problems of an invalid result', async () => {
    const actors = new File(['id,name,kind\nines-vale,Ines Vale,person\n'], 'actors.csv');
    const statements = new File(['id,speaker,date,text,mode\ns1,ines-val,2025-03-12,Words.,verbatim\n'], 'statements.csv');
    const error = await failure(readModelFiles([actors, statements]));
    expect(error.kind).toBe('invalid-model');
    expect(error.message).toMatch(/^actors\.csv, statements\.csv was converted from the CSV template, but the result is not yet a valid Parley model: 1 problem/);
    expect(error.problems[0]?.path).toBe('statements.csv row 2 (statements[0].speaker in the converted model)');
  });

  it('says a file is neither a Parley model nor one it can convert', async () => {
    const error = await failure(readModelFiles([jsonFile({ hello: 'world' }, 'other.json')]));
    expect(error.kind).toBe('unsupported');
    expect(error.message).toContain('neither a Parley model');
  });

  it('validates a Parley file that lost its format as a Parley model, not as TimelineJS', async () => {
    const { format: _format, ...rest } = minimalModel() as Record<string, unknown>;
    const error = await failure(readModelFiles([jsonFile(rest)]));
    expect(error.kind).toBe('invalid-model');
    expect(error.problems.some((p) => p.path === 'format')).toBe(true);
  });

  it('refuses a file over 100 MB by its size, without reading it', async () => {
    const stream = vi.fn(() => new Blob([]).stream());
    const slice = vi.fn(() => new Blob(['{"format": "parley/1"']));
    const error = await failure(readModelFiles([{ name: 'huge.json', size: 100 * 1024 * 1024 + 1, stream, slice }]));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('huge.json is 100.0 MB; models larger than 100 MB are not opened.');
    expect(stream).not.toHaveBeenCalled();
  });

  it('refuses a TimelineJS or CSV file over 100 MB by its size too, without reading it', async () => {
    const stream = vi.fn(() => new Blob([]).stream());
    const slice = vi.fn(() => new Blob(['title,date\n']));
    const error = await failure(readModelFiles([{ name: 'huge.csv', size: 100 * 1024 * 1024 + 1, stream, slice }]));
    expect(error.kind).toBe('too-large');
    expect(stream).not.toHaveBeenCalled();
  });

  it('reports the progress of a TimelineJS file and stops when cancelled', async () => {
    const seen: string[] = [];
    await readModelFiles([new File([timeline], 'harbour.json')], { onProgress: (p) => seen.push(p.stage) });
    expect(seen).toContain('download');
    const controller = new AbortController();
    controller.abort();
    expect((await failure(readModelFiles([new File([timeline], 'harbour.json')], { signal: controller.signal }))).kind).toBe('cancelled');
  });

  it('refuses bytes that are not UTF-8, such as a dropped image', async () => {
    const error = await failure(readModelFiles([new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff])], 'photo.png')]));
    expect(error.kind).toBe('encoding');
  });

  it('says so when a file can no longer be read', async () => {
    const gone = () => new ReadableStream<Uint8Array<ArrayBuffer>>({ pull: (c) => c.error(new DOMException('gone', 'NotReadableError')) });
    const slice = () => ({ arrayBuffer: async () => Promise.reject(new DOMException('gone', 'NotReadableError')) }) as unknown as Blob;
    const error = await failure(readModelFiles([{ name: 'moved.json', size: 10, stream: gone, slice }]));
    expect(error.message).toBe('moved.json could not be read. Choose it again.');
  });
});
