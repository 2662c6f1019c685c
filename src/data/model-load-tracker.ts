import type { ModelLoadProgress } from './model-load-progress';

/** One load in progress: how far it is, and the means to stop it. */
interface TrackedLoad {
  progress: ModelLoadProgress | undefined;
  readonly controller: AbortController;
}

const loads = new Map<string, TrackedLoad>();
/** What views see: the progress as of the last notification, so a snapshot holds between two frames. */
const published = new Map<string, ModelLoadProgress>();
const listeners = new Set<() => void>();
let notifyScheduled = false;

/** Listeners hear at most once per frame: a download reports every chunk, the screen needs a frame's worth. */
function notify(): void {
  if (notifyScheduled) return;
  notifyScheduled = true;
  const run = () => {
    notifyScheduled = false;
    published.clear();
    for (const [key, load] of loads) if (load.progress) published.set(key, load.progress);
    for (const listener of listeners) listener();
  };
  // A timer, not a frame: frames stop in a hidden tab, and the load's end must still be heard.
  setTimeout(run, 16);
}

/**
 * Registers the load of the model at `key` (its URL) so that views outside the query function can show
 * its progress (useModelLoadProgress) and stop it (cancelModelLoad). Returns the signal and progress
 * callback to load with, and `end` to call when the load is over, however it ended.
 */
export function trackModelLoad(key: string, signal?: AbortSignal) {
  const controller = new AbortController();
  const load: TrackedLoad = { progress: undefined, controller };
  loads.set(key, load);
  notify();
  return {
    signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
    onProgress: (progress: ModelLoadProgress) => {
      load.progress = progress;
      notify();
    },
    end: () => {
      if (loads.get(key) === load) loads.delete(key);
      notify();
    },
  };
}

/** Stops the load of the model at `key`, if one is under way: it fails with a 'cancelled' error. */
export function cancelModelLoad(key: string): void {
  loads.get(key)?.controller.abort();
}

/** How far the load of the model at `key` is; undefined before it reports and after it ends. */
export function getModelLoadProgress(key: string): ModelLoadProgress | undefined {
  return published.get(key);
}

/** For useSyncExternalStore: called (at most once a frame) when any tracked load changes. */
export function subscribeToModelLoads(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
