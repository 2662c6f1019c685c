import { ID_MAX_LENGTH, ID_PATTERN } from '../model/model-file-schema.ts';

/** The URL parameter names the view state owns; url-sync leaves every other parameter alone. */
export const VIEW_PARAM_NAMES = [
  'step', 'event', 'actor', 'statement', 'from', 'to', 'window', 'lanes', 'view', 'q', 'actors', 'kinds', 'verbatim', 'since', 'until',
  'position', 'at', 'topic',
  'thread', 'compare', 'speaker', 'subject', 'fold',
] as const;

export type ViewParamName = (typeof VIEW_PARAM_NAMES)[number];

const ID = new RegExp(ID_PATTERN);

/**
 * True for a string shaped like a model id (lowercase slug, ID_PATTERN of the file schema).
 * Whether the id exists is reconcileWithModel's question.
 */
export function isViewId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && ID.test(value);
}

/** Event kinds are free words in model files; a URL can carry any of them except ones with commas. */
export function isViewKind(value: string): boolean {
  return value.length > 0 && value.length <= 100 && !value.includes(',') && value.trim() === value;
}
