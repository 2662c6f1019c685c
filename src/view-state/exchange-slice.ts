import type { ExchangeSlice, ViewStoreSlice } from './view-store.ts';

export const createExchangeSlice: ViewStoreSlice<ExchangeSlice> = (set) => ({
  // The defaults of DEFAULT_VIEW_STATE, written out: this slice is in the first paint's script.
  thread: null,
  compare: false,
  relationCell: null,
  foldActors: false,
  // A thread and compared accounts are navigation: Back returns to what was shown before.
  showThread: (thread) => set({ thread, historyStep: 'push' }),
  setCompare: (compare, id) => set({ compare, ...(id && { selection: { kind: 'event', id }, relationCell: null }), historyStep: 'push' }),
  showRelationCell: (speaker, subject) => set({ relationCell: { speaker, subject }, selection: null, compare: false, historyStep: 'push' }),
  showStatementOnTimeline: (id) =>
    set({ view: 'timeline', selection: { kind: 'statement', id }, relationCell: null, compare: false, historyStep: 'push' }),
  setFoldActors: (foldActors) => set({ foldActors, historyStep: 'replace' }),
});
