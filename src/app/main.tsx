import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../data/create-query-client';
import { BUNDLED_MODEL_PATH } from '../data/model-query-options';
import { ErrorBoundary } from '../components/error-boundary';
import { CrashNotice } from '../components/crash-notice';
import { App } from './app';
import './styles.css';

function Root() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ErrorBoundary fallback={(error, reset) => <CrashNotice error={error} onReset={reset} />}>
      <QueryClientProvider client={queryClient}>
        <App modelUrl={BUNDLED_MODEL_PATH} />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('Parley needs an element with id "root" in index.html.');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
