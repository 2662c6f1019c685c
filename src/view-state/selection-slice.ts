import type { Selection } from './view-state.ts';
import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { SelectionSlice, ViewStoreSlice } from './view-store.ts';

export const createSelectionSlice: ViewStoreSlice<SelectionSlice> = (set, get) => {
  const show = (kind: Selection['kind'], id: string) => {
    const current = get().selection;
    // Re-showing what is shown must not notify, or url-sync would see a change that is none.
    if (current?.kind === kind && current.id === id) return;
    set({ selection: { kind, id }, compare: false, relationCell: null, historyStep: 'push' });
  };
  return {
    selection: DEFAULT_VIEW_STATE.selection,
    showEvent: (id) => show('event', id),
    showActor: (id) => show('actor', id),
    showStatement: (id) => show('statement', id),
    showPosition: (id) => show('position', id),
    clearSelection: () => {
      const { selection, relationCell } = get();
      if (selection || relationCell) set({ selection: null, compare: false, relationCell: null, historyStep: 'push' });
    },
  };
};
