import { createShapeCheck } from './create-shape-check.ts';
import { createCachedDateReader } from './create-cached-date-reader.ts';
import { findDateProblems, type DateReader } from './find-date-problems.ts';
import { findDuplicateIds } from './find-duplicate-ids.ts';
import { findReferenceProblems } from './find-reference-problems.ts';
import { findWarnings } from './find-warnings.ts';
import { findPositionProblems } from './find-position-problems.ts';
import { findPositionWarnings } from './find-position-warnings.ts';
import { formatZodIssues } from './format-zod-issues.ts';
import { formatPath } from './format-path.ts';
import { describeValue } from './describe-value.ts';
import { isRecord, type JsonRecord } from './loose-json.ts';
import { modelFileSchema, type ModelFile } from './model-file-schema.ts';
import { normalizeIfNoErrors, normalizeModel } from './normalize-model.ts';
import { sortProblems, type LocatedProblem } from './sort-problems.ts';
import type { ValidationResult } from './types.ts';

const hasValidShape = createShapeCheck(modelFileSchema);

/** What validateModel may leave out. */
export interface ValidateOptions {
  /**
   * False: a valid file's warnings are not looked for (its result has none), as for the app, which
   * shows warnings only beside errors. A file with errors still gets them. Default true.
   */
  readonly warningsWhenValid?: boolean;
  /**
   * True: the model's indexes by actor, speaker, occasion and subject are built when first read, for a
   * caller that passes the model on without reading them (the model worker). Default false.
   */
  readonly lazyIndexes?: boolean;
}

function validate(json: unknown, { warningsWhenValid = true, lazyIndexes = false }: ValidateOptions): ValidationResult {
  if (!isRecord(json)) {
    return {
      ok: false,
      problems: [{ severity: 'error', path: '', message: `expected a JSON object with "format": "parley/1", got ${describeValue(json)}` }],
    };
  }
  const readDate = createCachedDateReader();
  // A valid file, the common case, takes one walk (shape check, then ids, dates, references and the
  // normalized model together); only a file with errors pays for the checks below that explain them.
  const hasShape = hasValidShape?.(json) === true;
  const normalized = hasShape ? normalizeIfNoErrors(json as ModelFile, readDate, { withIds: warningsWhenValid, lazyIndexes }) : undefined;
  if (normalized) {
    const { ids } = normalized;
    const warnings = ids ? sortProblems([...findWarnings(json, ids, readDate), ...findPositionWarnings(json, ids)], json) : [];
    return { ok: true, model: normalized.model, warnings };
  }
  return explain(json, hasShape, readDate, warningsWhenValid);
}

/** The slow path, for a file that failed the quick checks: every error, located and worded. */
function explain(json: JsonRecord, hasShape: boolean, readDate: DateReader, warningsWhenValid: boolean): ValidationResult {
  // The quick check answers for valid files without zod's copy of the input; zod explains failures.
  const parsed = hasShape ? { success: true as const, data: json as ModelFile } : modelFileSchema.safeParse(json);
  const shapeProblems = parsed.success ? [] : formatZodIssues(parsed.error.issues, json, modelFileSchema);
  const { ids, problems: duplicateProblems } = findDuplicateIds(json);
  const referenceProblems = findReferenceProblems(json, ids);
  // A value the schema already rejected gets no second message from the later checks.
  const reported = new Set(shapeProblems.map((p) => formatPath(p.at)));
  const laterProblems = [
    ...duplicateProblems,
    ...findDateProblems(json, readDate),
    ...referenceProblems,
    ...findPositionProblems(json, ids, readDate),
  ].filter((p) => !reported.has(formatPath(p.at)));
  const errors: LocatedProblem[] = [...shapeProblems, ...laterProblems];
  const isValid = errors.length === 0 && parsed.success;
  const warnings = isValid && !warningsWhenValid ? [] : sortProblems([
    ...findWarnings(json, ids, readDate),
    ...findPositionWarnings(json, ids),
  ], json);
  if (!isValid) {
    return { ok: false, problems: [...sortProblems(errors, json), ...warnings] };
  }
  // Only when the quick checks and these disagree (a bug): normalizeModel then throws, and
  // validateModel reports that it could not validate the file rather than a wrong verdict.
  return { ok: true, model: normalizeModel(parsed.data, readDate), warnings };
}

/**
 * What the explaining checks alone say of a file (validateModel without its quick path), for tests
 * that hold the quick path (`normalizeIfNoErrors`) to the same verdicts.
 */
export function explainModel(json: unknown): ValidationResult {
  return isRecord(json) ? explain(json, hasValidShape?.(json) === true, createCachedDateReader(), true) : validateModel(json);
}

/**
 * Checks a parsed model file (shape, dates, ids, references) and, when it has no errors, normalizes it.
 * Problems come as errors in document order, then warnings. Never throws, whatever it is given.
 */
export function validateModel(json: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    return validate(json, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : describeValue(error);
    return { ok: false, problems: [{ severity: 'error', path: '', message: `could not validate this file: ${reason}` }] };
  }
}
