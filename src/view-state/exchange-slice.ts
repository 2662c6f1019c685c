import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { ExchangeSlice, ViewStoreSlice } from './view-store.ts';

export const createExchangeSlice: ViewStoreSlice<ExchangeSlice> = (set, get) => ({
  thread: DEFAULT_VIEW_STATE.thread,
  compare: DEFAULT_VIEW_STATE.compare,
  relationCell: DEFAULT_VIEW_STATE.relationCell,
  foldActors: DEFAULT_VIEW_STATE.foldActors,
  showThread: (thread) => {
    if (get().thread !== thread) set({ thread, historyStep: 'push' });
  },
  setCompare: (compare) => {
    if (get().compare !== compare) set({ compare, historyStep: 'push' });
  },
  showRelationCell: (speaker, subject) => {
    const cell = get().relationCell;
    if (cell?.speaker === speaker && cell.subject === subject) return;
    set({ relationCell: { speaker, subject }, selection: null, compare: false, historyStep: 'push' });
  },
  setFoldActors: (foldActors) => {
    if (get().foldActors !== foldActors) set({ foldActors, historyStep: 'replace' });
  },
});
