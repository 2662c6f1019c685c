import type { LoadedModel } from '../data/decode-model-bytes.ts';
import { decodeModel, startWorkerFor, stopWorker } from '../data/decode-model.ts';
import { ModelLoadError } from '../data/model-load-error.ts';
import type { ModelLoadOptions } from '../data/model-load-progress.ts';
import { checkModelSize, MODEL_SIZE_LIMIT } from '../data/model-size-limit.ts';
import { readModelBody, type ModelBody } from '../data/read-model-body.ts';

/**
 * A model file the reader chose or dropped → validated model, or a ModelLoadError saying why not.
 * The size is checked from `file.size` before a byte is read, so a dropped video does not fill memory;
 * the file is then read as a stream, reporting progress, and checked in a worker when it is large.
 */
export async function readModelFile(file: Pick<File, 'name' | 'size' | 'stream'>, options: ModelLoadOptions = {}): Promise<LoadedModel> {
  const label = file.name || 'The file';
  const { sizeLimit = MODEL_SIZE_LIMIT, signal, onProgress } = options;
  checkModelSize(file.size, label, sizeLimit);
  // A large file's worker starts while the file is read.
  const worker = startWorkerFor(file.size);
  try {
    let body: ModelBody;
    try {
      body = await readModelBody(file.stream().getReader(), { label, sizeLimit, total: file.size, signal, onProgress });
    } catch (cause) {
      if (cause instanceof ModelLoadError && cause.kind !== 'network') throw cause;
      // The file was moved or deleted after it was picked, or the browser lost access to it.
      throw new ModelLoadError('network', `${label} could not be read. Choose it again.`, { cause });
    }
    return await decodeModel(body, label, options, worker);
  } catch (error) {
    stopWorker(worker);
    throw error;
  }
}
