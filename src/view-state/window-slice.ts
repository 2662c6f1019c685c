import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { ViewStoreSlice, WindowSlice } from './view-store.ts';

export const createWindowSlice: ViewStoreSlice<WindowSlice> = (set, get) => ({
  window: DEFAULT_VIEW_STATE.window,
  lanes: DEFAULT_VIEW_STATE.lanes,
  setTimeWindow: (window) => {
    const current = get().window;
    if (current === window || (current && window && current.from === window.from && current.to === window.to)) {
      // The glide to a story step's window has arrived: what moves it next is not the story.
      if (get().windowEase) set({ windowEase: false });
      return;
    }
    set({ window: window && { from: window.from, to: window.to }, windowEase: false, historyStep: 'replace' });
  },
  setLanes: (lanes) => {
    if (get().lanes !== lanes) set({ lanes, historyStep: 'replace' });
  },
});
