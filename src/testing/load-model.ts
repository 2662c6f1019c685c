import type { Model } from '../model/types';
import { validateModel } from '../model/validate-model';

/** Validates a model file for a test, failing with every problem when it is not valid. */
export function loadModel(file: unknown): Model {
  const result = validateModel(file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.model;
}
