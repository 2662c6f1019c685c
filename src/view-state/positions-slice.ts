import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { PositionsSlice, ViewStoreSlice } from './view-store.ts';

export const createPositionsSlice: ViewStoreSlice<PositionsSlice> = (set, get) => ({
  positionsAt: DEFAULT_VIEW_STATE.positionsAt,
  stanceTopic: DEFAULT_VIEW_STATE.stanceTopic,
  // Stepping through dates, like zooming, replaces the history entry: Back leaves the view, not each step.
  setPositionsDate: (positionsAt) => {
    if (get().positionsAt !== positionsAt) set({ positionsAt, historyStep: 'replace' });
  },
  setStanceTopic: (stanceTopic) => {
    if (get().stanceTopic !== stanceTopic) set({ stanceTopic, historyStep: 'replace' });
  },
});
