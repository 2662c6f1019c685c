import { createCachedDateReader } from './create-cached-date-reader.ts';
import { createShapeCheck } from './create-shape-check.ts';
import { findDateProblems } from './find-date-problems.ts';
import { findDuplicateIds } from './find-duplicate-ids.ts';
import { checkReference } from './check-reference.ts';
import type { IdDefinition } from './find-duplicate-ids.ts';
import { forEachReference } from './for-each-reference.ts';
import { forEachViewSelection } from './for-each-view-selection.ts';
import { isRecord, type JsonRecord } from './loose-json.ts';
import { modelFileSchema, type ModelFile } from './model-file-schema.ts';
import { normalizeModel } from './normalize-model.ts';
import type { Model } from './types.ts';

const hasValidShape = createShapeCheck(modelFileSchema);

/**
 * Whether any reference is wrong, by the same rule as findReferenceProblems (checkReference), without
 * the code that words the problem and looks for a "did you mean": that stays out of the first script.
 */
function hasFaultyReference(root: JsonRecord, ids: ReadonlyMap<string, IdDefinition>): boolean {
  let faulty = false;
  forEachReference(root, (id, field, index) => {
    if (!faulty && checkReference(id, field, index, ids)) faulty = true;
  });
  return faulty;
}

/** Whether the opening view or a story step selects more than one thing (findReferenceProblems' rule). */
function hasDoubleSelection(root: JsonRecord): boolean {
  let double = false;
  forEachViewSelection(root, (named) => {
    if (named.length > 1) double = true;
  });
  return double;
}

/**
 * The app's fast path: the normalized model of a file without errors, or undefined for a file with
 * any (then `validateModel` says what they are). Runs the same checks as `validateModel` for a valid
 * file, without the code that explains problems (zod's issues, warnings, sorting, suggestions), which
 * the page then loads only when it has problems to show.
 */
export function normalizeIfValid(json: unknown): Model | undefined {
  try {
    if (!isRecord(json) || !hasValidShape?.(json)) return undefined;
    const readDate = createCachedDateReader();
    const { ids, problems } = findDuplicateIds(json);
    if (problems.length > 0 || findDateProblems(json, readDate).length > 0 || hasFaultyReference(json, ids) || hasDoubleSelection(json)) return undefined;
    return normalizeModel(json as ModelFile, readDate);
  } catch {
    return undefined;
  }
}
