import type { UrlViewState } from './view-state.ts';
import { DEFAULT_VIEW_STATE } from './view-state.ts';

// A lone UTF-16 surrogate makes encodeURIComponent throw; typed or pasted search text can hold one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes a value, leaving the characters that are legal in a query and easy to read
 * (`,` `:` `/` `@`) as they are and writing spaces as `+`, so links read `from=2025-03-13T18:43Z`.
 */
function encode(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'))
    .replace(/%20/g, '+')
    .replace(/%(2C|3A|2F|40)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The query string for the URL-owned fields of `state`, WITHOUT the leading "?" ("" for the default
 * state). Defaults are omitted, so links stay short: `event=talks-2025-03-11&from=2025-03`.
 * Parameters always come in the same order, so equal states give equal strings.
 * With an `opening` view that has a window, a state showing everything says so (`window=all`):
 * a link without any view parameter would open on the opening view instead.
 */
export function serializeViewParams(state: Partial<UrlViewState>, opening: Partial<UrlViewState> | null = null): string {
  const d = DEFAULT_VIEW_STATE;
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${encode(value)}`);

  if (state.step) add('step', String(state.step));
  if (state.selection) add(state.selection.kind, state.selection.id);
  if (state.compare && state.selection?.kind === 'event') add('compare', '1');
  if (state.relationCell) {
    add('speaker', state.relationCell.speaker);
    add('subject', state.relationCell.subject);
  }
  if (state.window) {
    add('from', state.window.from);
    add('to', state.window.to);
  } else if (opening?.window) {
    add('window', 'all');
  }
  if (state.lanes && state.lanes !== d.lanes) add('lanes', state.lanes);
  if (state.view && state.view !== d.view) add('view', state.view);
  if (state.foldActors) add('fold', '1');
  if (state.query) add('q', state.query);
  // Items are encoded one by one so the separating commas stay readable.
  if (state.actorFilter?.length) parts.push(`actors=${state.actorFilter.map(encode).join(',')}`);
  if (state.kindFilter?.length) parts.push(`kinds=${state.kindFilter.map(encode).join(',')}`);
  if (state.verbatimOnly) add('verbatim', '1');
  if (state.dateFilter?.since) add('since', state.dateFilter.since);
  if (state.dateFilter?.until) add('until', state.dateFilter.until);
  if (state.positionsAt) add('at', state.positionsAt);
  if (state.stanceTopic) add('topic', state.stanceTopic);
  if (state.thread) add('thread', state.thread);
  return parts.join('&');
}

/**
 * What the address bar shows for `state`: nothing while it is exactly the `opening` view (the link
 * the reader came by, usually the bare page, still says it), otherwise every parameter it needs, so
 * a shared link shows what its sharer saw. A story step showing just what the `storySteps` entry
 * says is `step=N`.
 */
export function serializeLinkParams(
  state: Partial<UrlViewState>,
  opening: Partial<UrlViewState> | null,
  storySteps: readonly Partial<UrlViewState>[] | null = null,
): string {
  const params = serializeViewParams(state, opening);
  // A story step's own view is named by its number alone; once the reader changes it, in full.
  const step = state.step ? storySteps?.[state.step - 1] : undefined;
  if (step && params === serializeViewParams({ ...step, step: state.step }, opening)) return `step=${state.step}`;
  return opening && params === serializeViewParams(opening, opening) ? '' : params;
}
