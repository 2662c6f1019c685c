import type { Model } from '../model/types.ts';
import type { UrlViewState } from './view-state.ts';
import { getUrlViewState } from './view-state.ts';

export interface OpeningViewOptions {
  /**
   * Whether to open the view's selection too. The app leaves it out where the detail panel would
   * cover the timeline (a phone's bottom sheet) or grow an article's iframe (an embed).
   */
  readonly withSelection: boolean;
}

/**
 * The model's opening view as URL state: its window (as written in the file) and, when asked, its
 * selection; everything else at the defaults. Null when the model has no view.
 */
export function getOpeningViewState(model: Model, { withSelection }: OpeningViewOptions): UrlViewState | null {
  const view = model.view;
  if (!view) return null;
  return getUrlViewState({
    window: { from: view.from.raw, to: view.to.raw },
    ...(withSelection && view.selection && { selection: { kind: view.selection.kind, id: view.selection.id } }),
  });
}
