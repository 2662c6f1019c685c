import { normalizeIfValid } from '../model/normalize-if-valid';
import type { Model } from '../model/types';
import { ModelLoadError } from './model-load-error';
import { parseJsonText } from './parse-json-text';

/** A model that passed validation. Its warnings are not looked for: the app shows warnings only beside errors. */
export interface LoadedModel {
  readonly model: Model;
}

/**
 * Bytes → text, strictly: a bad byte is an error rather than a quote silently altered by
 * replacement characters. Several chunks are decoded as one stream.
 */
export function decodeUtf8(chunks: readonly Uint8Array[], label: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    if (chunks.length === 1) return decoder.decode(chunks[0]);
    let text = '';
    for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  } catch (cause) {
    throw new ModelLoadError('encoding', `${label} is not valid UTF-8 text, so its quotes cannot be trusted.`, { cause });
  }
}

/**
 * Bytes → validated model, on the calling thread. A valid file takes the fast path; the code that
 * explains a file's problems is loaded only for a file that has some.
 */
export async function decodeModelBytes(chunks: readonly Uint8Array[], label: string): Promise<LoadedModel> {
  const json = parseJsonText(decodeUtf8(chunks, label), label);
  const model = normalizeIfValid(json);
  if (model) return { model };
  const { validateModelJson } = await import('./validate-model-json');
  return validateModelJson(json, label);
}
