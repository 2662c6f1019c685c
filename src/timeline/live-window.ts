import type { TimeSpan } from '../model/types';

/**
 * The window on screen during a gesture, held outside React state: it changes on every frame of a
 * zoom or pan, and only the axis and the drawn layer's transform follow it (they subscribe), so a
 * frame never waits on rendering the timeline and its thousands of marks again.
 */
export interface LiveWindow {
  get(): TimeSpan;
  /**
   * Sets the window; subscribers hear of it only when it differs. `gesture`: set by a frame of a
   * wheel, drag or pinch (or an eased move), not by a move straight to its end (a key, a button).
   */
  set(window: TimeSpan, gesture?: boolean): void;
  /** Whether the last window set came from a gesture's frame. */
  inGesture(): boolean;
  subscribe(listener: () => void): () => void;
}

export function createLiveWindow(initial: TimeSpan): LiveWindow {
  let current = initial;
  let gesturing = false;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    inGesture: () => gesturing,
    set(window, gesture = false) {
      gesturing = gesture;
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
