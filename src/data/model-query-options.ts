import { queryOptions } from '@tanstack/react-query';
import { fetchModel } from './fetch-model';
import { trackModelLoad } from './model-load-tracker';
import { isModelLoadError } from './model-load-error';

/** The example model in public/data/ (index.html names it too, for public/prefetch-model.js). */
export const DEFAULT_MODEL_PATH = 'data/ukraine-ceasefire-2025.json';

// Set by tools/vite-model-plugin.ts when the site is built around another model (PARLEY_MODEL=…).
declare const __PARLEY_MODEL_PATH__: string | undefined;

/** The model the app opens without `?model=`, relative to the page so the app works under any base path. */
export const BUNDLED_MODEL_PATH: string = typeof __PARLEY_MODEL_PATH__ === 'string' ? __PARLEY_MODEL_PATH__ : DEFAULT_MODEL_PATH;

/** Retries transient failures (network, 5xx) up to 3 times; 404s, bad bytes and invalid models fail at once. */
export function shouldRetryModelLoad(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false;
  return isModelLoadError(error) ? error.isTransient : false;
}

/** Exponential back-off: 0.5 s, 1 s, 2 s. */
export function modelRetryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}

/** One query per model URL; a model never changes while the page is open. */
export function modelQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['model', url] as const,
    // Tracked so that the loading view can show progress and a Cancel button.
    queryFn: ({ signal }) => {
      const load = trackModelLoad(url, signal);
      return fetchModel(url, load).finally(load.end);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: shouldRetryModelLoad,
    // The app starts the query before useQuery mounts (App's layout effect); a failure it met is shown
    // with a Retry button, not fetched again because an observer mounted.
    retryOnMount: false,
    retryDelay: modelRetryDelay,
  });
}
