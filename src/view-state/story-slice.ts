import { DEFAULT_VIEW_STATE } from './view-state.ts';
import type { StorySlice, ViewStoreSlice } from './view-store.ts';

export const createStorySlice: ViewStoreSlice<StorySlice> = (set, get) => ({
  step: DEFAULT_VIEW_STATE.step,
  storySteps: DEFAULT_VIEW_STATE.storySteps,
  windowEase: DEFAULT_VIEW_STATE.windowEase,
  showStep: (n) => {
    const target = get().storySteps?.[n - 1];
    if (!target) return false;
    // The step's whole view, filters included: a filter left over from browsing could hide what it is about.
    // The lane layout is the reader's (or the embedding page's) choice, not the story's.
    set({ ...target, lanes: get().lanes, step: n, windowEase: true, historyStep: 'push' });
    return true;
  },
  leaveStory: () => {
    if (get().step !== null) set({ step: null, historyStep: 'push' });
  },
});
