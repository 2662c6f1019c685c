import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { UiSlice, ViewStoreSlice } from './view-store.ts';

export const createUiSlice: ViewStoreSlice<UiSlice> = (set, get) => {
  // Per store, so every test and every mount numbers its notices from 1.
  let count = 0;
  return {
    view: DEFAULT_VIEW_STATE.view,
    searchOpen: DEFAULT_VIEW_STATE.searchOpen,
    notices: DEFAULT_VIEW_STATE.notices,
    historyStep: 'replace',
    setView: (view) => {
      if (get().view !== view) set({ view, historyStep: 'push' });
    },
    openSearch: () => set({ searchOpen: true }),
    closeSearch: () => set({ searchOpen: false }),
    addNotice: (text) => {
      const notices = get().notices;
      const existing = notices.find((n) => n.text === text);
      if (existing) return existing.id;
      let id: string;
      do id = `notice-${++count}`;
      while (notices.some((n) => n.id === id));
      set({ notices: [...notices, { id, text }] });
      return id;
    },
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
};
