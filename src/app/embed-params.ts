import { serializeViewParams } from '../view-state/serialize-view-params';
import type { AppParams } from '../view-state/parse-app-params';
import type { ViewState } from '../view-state/view-state';

/**
 * The URL parameters an embed of the current view needs: the view itself, written out even when it is
 * the model's opening view (an article should keep showing what its author chose, whatever the model
 * opens on later), plus the model when it is not the bundled one.
 */
export function embedParams(state: ViewState, params: AppParams): string {
  const view = serializeViewParams(state, state.opening);
  const model = params.model ? `model=${encodeURIComponent(params.model)}` : '';
  return [view, model].filter(Boolean).join('&');
}
