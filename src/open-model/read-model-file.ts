import { decodeModelBytes, MAX_MODEL_BYTES, type LoadedModel } from '../data/decode-model-bytes.ts';
import { ModelLoadError } from '../data/model-load-error.ts';

/**
 * A model file the reader chose or dropped → validated model, or a ModelLoadError saying why not.
 * The size is checked from `file.size` before a byte is read, so a dropped video does not fill memory.
 */
export async function readModelFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<LoadedModel> {
  const label = file.name || 'The file';
  if (file.size > MAX_MODEL_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw new ModelLoadError('too-large', `${label} is ${mb} MB; models larger than 20 MB are not opened.`);
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (cause) {
    // The file was moved or deleted after it was picked, or the browser lost access to it.
    throw new ModelLoadError('network', `${label} could not be read. Choose it again.`, { cause });
  }
  return decodeModelBytes(bytes, label);
}
