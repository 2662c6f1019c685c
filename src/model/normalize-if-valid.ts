import { createCachedDateReader } from './create-cached-date-reader.ts';
import { isRecord } from './loose-json.ts';
import { normalizeIfNoErrors } from './normalize-model.ts';
import type { Model } from './types.ts';

/**
 * The app's fast path: the normalized model of a file without errors, or undefined for a file with
 * any (then `validateModel` says what they are). The same checks as `validateModel` for a valid file
 * (the quick shape check, then `normalizeIfNoErrors`), without the code that explains problems (zod's
 * issues, warnings, sorting, suggestions), which the page then loads only when it has problems to show.
 */
export function normalizeIfValid(json: unknown): Model | undefined {
  try {
    return isRecord(json) ? normalizeIfNoErrors(json, createCachedDateReader())?.model : undefined;
  } catch {
    return undefined;
  }
}
