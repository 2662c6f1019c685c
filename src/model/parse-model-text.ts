import type { ValidationResult } from './types.ts';
import { validateModel } from './validate-model.ts';

/** "line 3, column 7" for an offset into the text, counting from 1. */
function describePosition(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * Parses the text of a model file and validates it. Invalid JSON is one problem at path "" with the
 * parser's message and, where it gives an offset, the line and column. A leading byte order mark is ignored.
 */
export function parseModelText(text: string): ValidationResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const where = offset !== undefined && !/line \d+/.test(message) ? ` (${describePosition(body, Number(offset))})` : '';
    return {
      ok: false,
      problems: [{ severity: 'error', path: '', message: `invalid JSON: ${message}${where}; expected a JSON object` }],
    };
  }
  return validateModel(json);
}
