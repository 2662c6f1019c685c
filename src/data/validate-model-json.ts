import { formatCount } from '../components/format-count';
import { validateModel } from '../model/validate-model';
import type { LoadedModel } from './decode-model-bytes';
import { ModelLoadError } from './model-load-error';

/** Parsed JSON → validated model, or a ModelLoadError carrying every problem by path. */
export function validateModelJson(json: unknown, label: string): LoadedModel {
  const result = validateModel(json, { warningsWhenValid: false });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    throw new ModelLoadError('invalid-model', `${label} is not a valid Parley model: ${formatCount(errors, { one: 'problem', other: 'problems' })} to fix.`, {
      problems: result.problems,
    });
  }
  return { model: result.model };
}
