import { createCachedDateReader } from './create-cached-date-reader.ts';
import { createShapeCheck } from './create-shape-check.ts';
import { isRecord } from './loose-json.ts';
import { modelFileSchema, type ModelFile } from './model-file-schema.ts';
import { normalizeIfNoErrors } from './normalize-model.ts';
import type { Model } from './types.ts';

const hasValidShape = createShapeCheck(modelFileSchema);

/**
 * The app's fast path: the normalized model of a file without errors, or undefined for a file with
 * any (then `validateModel` says what they are). The same checks as `validateModel` for a valid file
 * (the quick shape check, then `normalizeIfNoErrors`), without the code that explains problems (zod's
 * issues, warnings, sorting, suggestions), which the page then loads only when it has problems to show.
 */
export function normalizeIfValid(json: unknown): Model | undefined {
  try {
    if (!isRecord(json) || !hasValidShape?.(json)) return undefined;
    return normalizeIfNoErrors(json as ModelFile, createCachedDateReader())?.model;
  } catch {
    return undefined;
  }
}
