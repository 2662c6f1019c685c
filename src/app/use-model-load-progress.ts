import { useSyncExternalStore } from 'react';
import { getModelLoadProgress, subscribeToModelLoads } from '../data/model-load-tracker';
import type { ModelLoadProgress } from '../data/model-load-progress';

/** How far the load of the model at `url` is (updated at most once a frame); undefined when none is under way. */
export function useModelLoadProgress(url: string): ModelLoadProgress | undefined {
  return useSyncExternalStore(subscribeToModelLoads, () => getModelLoadProgress(url), () => undefined);
}
