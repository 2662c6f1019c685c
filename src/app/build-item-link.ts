import { serializeViewParams } from '../view-state/serialize-view-params';
import { mergeViewParams } from '../view-state/merge-view-params';
import type { Selection } from '../view-state/view-state';

/**
 * A permalink to one event, actor or statement: the page's own address with only the selection as
 * view state (app parameters such as `model=` are kept, so the link opens the same model).
 */
export function buildItemLink(selection: Selection, location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  const search = mergeViewParams(location.search, serializeViewParams({ selection }));
  const params = new URLSearchParams(search);
  params.delete('embed');
  params.delete('origins');
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}
