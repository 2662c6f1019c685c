import type { Model } from '../model/types';
import { validateModel } from '../model/validate-model';
import { validModel } from './fixtures/valid-model';

/**
 * Validates a model file for a test (by default the valid model, unchanged), failing with every problem
 * when it is not valid. The one way tests turn a fixture into a Model.
 */
export function loadModel(file: unknown = validModel()): Model {
  const result = validateModel(file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.model;
}
