import { checkModelSize, decodeModelBytes, type LoadedModel } from '../data/decode-model-bytes.ts';
import { ModelLoadError } from '../data/model-load-error.ts';

/**
 * A model file the reader chose or dropped → validated model, or a ModelLoadError saying why not.
 * The size is checked from `file.size` before a byte is read, so a dropped video does not fill memory.
 */
export async function readModelFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<LoadedModel> {
  const label = file.name || 'The file';
  checkModelSize(file.size, label);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (cause) {
    // The file was moved or deleted after it was picked, or the browser lost access to it.
    throw new ModelLoadError('network', `${label} could not be read. Choose it again.`, { cause });
  }
  return decodeModelBytes(bytes, label);
}
