import type { TimeSpan } from '../model/types';

/**
 * The window on screen during a gesture, held outside React state: it changes on every frame of a
 * zoom or pan, and only the axis and the drawn layer's transform follow it (they subscribe), so a
 * frame never waits on rendering the timeline and its thousands of marks again.
 */
export interface LiveWindow {
  get(): TimeSpan;
  /** Sets the window; subscribers hear of it only when it differs. */
  set(window: TimeSpan): void;
  subscribe(listener: () => void): () => void;
}

export function createLiveWindow(initial: TimeSpan): LiveWindow {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(window) {
      if (window.start === current.start && window.end === current.end) return;
      current = window;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
