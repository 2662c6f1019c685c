import type { Model } from '../model/types.ts';
import type { UrlViewState } from './view-state.ts';
import { getUrlViewState } from './view-state.ts';

/**
 * What each step of the model's story shows, as URL state: its window (as written in the file), its
 * filters (those it leaves out at their defaults) and, when asked, its selection (the app leaves it
 * out where the panel would cover the timeline or grow an embed, as for the opening view). [] for a
 * model without a story.
 */
export function getStoryStepStates(model: Model, { withSelection }: { readonly withSelection: boolean }): UrlViewState[] {
  return (model.story ?? []).map((step) => {
    const f = step.filters;
    return getUrlViewState({
      window: { from: step.from.raw, to: step.to.raw },
      ...(withSelection && step.selection && { selection: { kind: step.selection.kind, id: step.selection.id } }),
      ...(f?.actors && { actorFilter: f.actors }),
      ...(f?.kinds && { kindFilter: f.kinds }),
      ...(f?.verbatim && { verbatimOnly: true }),
      ...((f?.since ?? f?.until) !== undefined && {
        dateFilter: { ...(f?.since !== undefined && { since: f.since }), ...(f?.until !== undefined && { until: f.until }) },
      }),
    });
  });
}
