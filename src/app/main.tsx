import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../data/create-query-client';
import { BUNDLED_MODEL_PATH } from '../data/model-query-options';
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

function Root({ store }: { store: ViewStoreApi }) {
  const [queryClient] = useState(createQueryClient);
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
createRoot(container).render(
  <StrictMode>
    <Root store={store} />
  </StrictMode>,
);
