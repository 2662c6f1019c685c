import { parseModelJson } from './parse-model-json';
import { ModelLoadError } from './model-load-error';
import type { Model } from '../model/types';

/** Models larger than this are refused before parsing: no curated timeline comes near it (public/prefetch-model.js repeats it). */
export const MAX_MODEL_BYTES = 20 * 1024 * 1024;

/** A model that passed validation. Its warnings are not looked for: the app shows warnings only beside errors. */
export interface LoadedModel {
  readonly model: Model;
}

/** Refuses a model over MAX_MODEL_BYTES, by its size alone, before any of it is read or parsed. */
export function checkModelSize(byteLength: number, label: string): void {
  if (byteLength <= MAX_MODEL_BYTES) return;
  const mb = (byteLength / 1024 / 1024).toFixed(1);
  throw new ModelLoadError('too-large', `${label} is ${mb} MB; models larger than 20 MB are not opened.`);
}

/**
 * Bytes → validated model. Decodes UTF-8 strictly, so a bad byte is an error rather than a quote
 * silently altered by replacement characters.
 */
export async function decodeModelBytes(bytes: ArrayBuffer | Uint8Array, label: string): Promise<LoadedModel> {
  checkModelSize(bytes.byteLength, label);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ModelLoadError('encoding', `${label} is not valid UTF-8 text, so its quotes cannot be trusted.`, { cause });
  }
  return parseModelJson(text, label);
}
