import { createStore } from 'zustand/vanilla';
import type { ViewState } from './view-state.ts';
import { DEFAULT_VIEW_STATE, getUrlViewState } from './view-state.ts';
import type { UrlSlice, ViewStore, ViewStoreApi, ViewStoreSlice } from './view-store.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { createWindowSlice } from './window-slice.ts';
import { createFilterSlice } from './filter-slice.ts';
import { createPositionsSlice } from './positions-slice.ts';
import { createUiSlice } from './ui-slice.ts';
import { createExchangeSlice } from './exchange-slice.ts';
import { createStorySlice } from './story-slice.ts';
import { reconcileWithModel } from './reconcile-with-model.ts';

const createUrlSlice: ViewStoreSlice<UrlSlice> = (set, get) => ({
  opening: DEFAULT_VIEW_STATE.opening,
  applyUrlState: (state) => set({ ...getUrlViewState(state), windowEase: false, historyStep: 'replace' }),
  setOpening: (opening, storySteps = []) => {
    const current = get();
    if (current.opening !== opening || current.storySteps !== storySteps) set({ opening, storySteps });
  },
  reconcileWithModel: (model) => {
    const result = reconcileWithModel(getUrlViewState(get()), model);
    if (result.notices.length === 0) return;
    set({ ...result.state, historyStep: 'replace' });
    for (const text of result.notices) get().addNotice(text);
  },
});

/** Only ViewState's own keys, so a stray object (say, another store's state) cannot smuggle in fields. */
function pickViewState(initial: Partial<ViewState>): Partial<ViewState> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_VIEW_STATE)) {
    const value = (initial as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<ViewState>;
}

/** A fresh view store: one per app mount and per test. `initial` overrides the defaults field by field. */
export function createViewStore(initial: Partial<ViewState> = {}): ViewStoreApi {
  return createStore<ViewStore>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createWindowSlice(...a),
    ...createFilterSlice(...a),
    ...createPositionsSlice(...a),
    ...createUiSlice(...a),
    ...createExchangeSlice(...a),
    ...createStorySlice(...a),
    ...createUrlSlice(...a),
    ...pickViewState(initial),
  }));
}
