import { formatCount } from '../components/format-count';
import { validateModel } from '../model/validate-model';
import type { LoadedModel } from './decode-model-bytes';
import { ModelLoadError } from './model-load-error';

/** Parsed JSON → validated model, or a ModelLoadError carrying every problem by path. */
export function validateModelJson(json: unknown, label: string): LoadedModel {
  // Lazy indexes: the worker packs the model without them (the page rebuilds them), and the page calls
  // this only for a file its fast path refused, that is, one with errors.
  const result = validateModel(json, { warningsWhenValid: false, lazyIndexes: true });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    throw new ModelLoadError('invalid-model', `${label} is not a valid Parley model: ${formatCount(errors, { one: 'problem', other: 'problems' })} to fix.`, {
      problems: result.problems,
    });
  }
  return { model: result.model };
}
