import { findJsonSyntaxError } from './find-json-syntax-error.ts';
import type { ValidationResult } from './types.ts';
import { validateModel, type ValidateOptions } from './validate-model.ts';

/**
 * Parses the text of a model file and validates it. Invalid JSON is one problem at path "" saying
 * where (line and column) and what was expected. A leading byte order mark is ignored. `options` go
 * to validateModel.
 */
export function parseModelText(text: string, options?: ValidateOptions): ValidationResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const located = findJsonSyntaxError(body);
    const message = located
      ? `invalid JSON at line ${located.line}, column ${located.column}: ${located.message}`
      : `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problems: [{ severity: 'error', path: '', message }] };
  }
  return validateModel(json, options);
}
