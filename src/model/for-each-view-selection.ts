import type { PathSegment } from './format-path.ts';
import { getArray, getOwn, isRecord } from './loose-json.ts';

const SELECTION_KEYS = ['event', 'statement', 'actor'] as const;
export type SelectionKey = (typeof SELECTION_KEYS)[number];

/**
 * Calls `visit` for each place in a file that opens a selection (the opening `view` and each story
 * step) with the selection keys it names, in a fixed order. A view or step opens one thing: the
 * validator reports a second one, and the app's fast path refuses the file for it.
 */
export function forEachViewSelection(root: unknown, visit: (named: readonly SelectionKey[], at: PathSegment[], what: 'the view' | 'the step') => void): void {
  const namedIn = (view: unknown) => (isRecord(view) ? SELECTION_KEYS.filter((key) => getOwn(view, key) !== undefined) : []);
  if (!isRecord(root)) return;
  visit(namedIn(getOwn(root, 'view')), ['view'], 'the view');
  const story = getOwn(root, 'story');
  const steps = isRecord(story) ? getArray(story, 'steps') : [];
  steps.forEach((step, i) => visit(namedIn(step), ['story', 'steps', i], 'the step'));
}
