import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../data/create-query-client';
import { BUNDLED_MODEL_PATH, modelQueryOptions } from '../data/model-query-options';
import { ErrorBoundary } from '../components/error-boundary';
import { CrashNotice } from '../components/crash-notice';
import { ViewStoreProvider } from '../view-state/view-store-context';
import { createViewStoreFromUrl, readAppParams, useUrlSync } from '../view-state/url-sync';
import type { ViewStoreApi } from '../view-state/view-store';
import { App } from './app';
import './styles.css';

const { params, notices } = readAppParams();

function applyTheme(theme: 'light' | 'dark' | 'auto') {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.classList.add('parley');
  if (params.embed) root.classList.add('parley--embed');
}

function Root({ store, queryClient }: { store: ViewStoreApi; queryClient: QueryClient }) {
  // Embedded, the selection must not add entries to the host tab's history (nor fail in a sandbox):
  // the embed reads its URL once and keeps its state in memory.
  useUrlSync(store, { write: !params.embed });
  return (
    <ErrorBoundary fallback={(error, reset) => <CrashNotice error={error} onReset={reset} />}>
      <QueryClientProvider client={queryClient}>
        <ViewStoreProvider store={store}>
          <App modelUrl={params.model ?? BUNDLED_MODEL_PATH} params={params} />
        </ViewStoreProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

applyTheme(params.theme);
const store = createViewStoreFromUrl();
for (const text of notices) store.getState().addNotice(text);
const container = document.getElementById('root');
if (!container) throw new Error('Parley needs an element with id "root" in index.html.');
const queryClient = createQueryClient();
// The model's load starts now, before React's first render rather than in its commit: ~100–150 ms
// sooner, which a large model's worker (loaded and started by this load) spends downloading. App
// starts the same query (deduplicated); public/prefetch-model.js already asked for the bytes.
void queryClient.prefetchQuery(modelQueryOptions(params.model ?? BUNDLED_MODEL_PATH));
createRoot(container).render(
  <StrictMode>
    <Root store={store} queryClient={queryClient} />
  </StrictMode>,
);
