import { createCachedDateReader } from './create-cached-date-reader.ts';
import { createShapeCheck } from './create-shape-check.ts';
import { findDateProblems } from './find-date-problems.ts';
import { findDuplicateIds } from './find-duplicate-ids.ts';
import { findPositionProblems } from './find-position-problems.ts';
import { findReferenceProblems } from './find-reference-problems.ts';
import { isRecord } from './loose-json.ts';
import { modelFileSchema, type ModelFile } from './model-file-schema.ts';
import { normalizeModel } from './normalize-model.ts';
import type { Model } from './types.ts';

const hasValidShape = createShapeCheck(modelFileSchema);

/**
 * The model, when the file has no errors; undefined when it has some, or when the quick shape check
 * is not available for the schema. It runs the same error checks as validateModel but explains
 * nothing: the app loads validateModel (zod's issues, paths, warnings) only for a file that needs it,
 * so that code is not part of the first load.
 */
export function validateModelQuickly(json: unknown): Model | undefined {
  if (!isRecord(json) || !hasValidShape?.(json)) return undefined;
  const readDate = createCachedDateReader();
  const { ids, problems: duplicateProblems } = findDuplicateIds(json);
  if (duplicateProblems.length > 0) return undefined;
  if (findDateProblems(json, readDate).length > 0) return undefined;
  if (findReferenceProblems(json, ids).length > 0) return undefined;
  if (findPositionProblems(json, ids, readDate).length > 0) return undefined;
  return normalizeModel(json as ModelFile, readDate);
}
