import type { DateFilter } from './view-state.ts';
import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { FilterSlice, ViewStoreSlice } from './view-store.ts';

function toggle(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createFilterSlice: ViewStoreSlice<FilterSlice> = (set, get) => ({
  query: DEFAULT_VIEW_STATE.query,
  actorFilter: DEFAULT_VIEW_STATE.actorFilter,
  kindFilter: DEFAULT_VIEW_STATE.kindFilter,
  verbatimOnly: DEFAULT_VIEW_STATE.verbatimOnly,
  dateFilter: DEFAULT_VIEW_STATE.dateFilter,
  setQuery: (query) => {
    if (get().query !== query) set({ query, historyStep: 'replace' });
  },
  toggleActorFilter: (id) => set((s) => ({ actorFilter: toggle(s.actorFilter, id), historyStep: 'replace' })),
  toggleKindFilter: (kind) => set((s) => ({ kindFilter: toggle(s.kindFilter, kind), historyStep: 'replace' })),
  setVerbatimOnly: (verbatimOnly) => {
    if (get().verbatimOnly !== verbatimOnly) set({ verbatimOnly, historyStep: 'replace' });
  },
  setDateFilter: ({ since, until }) => {
    const dateFilter: DateFilter = { ...(since && { since }), ...(until && { until }) };
    const current = get().dateFilter;
    if (current.since === dateFilter.since && current.until === dateFilter.until) return;
    set({ dateFilter, historyStep: 'replace' });
  },
  clearFilters: () =>
    set({
      actorFilter: DEFAULT_VIEW_STATE.actorFilter,
      kindFilter: DEFAULT_VIEW_STATE.kindFilter,
      verbatimOnly: DEFAULT_VIEW_STATE.verbatimOnly,
      dateFilter: DEFAULT_VIEW_STATE.dateFilter,
      thread: null,
      historyStep: 'replace',
    }),
});
