import { Suspense } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadingIndicator } from '../components/loading-indicator';
import { LazyModelErrorView } from './lazy-views';
import type { ModelErrorViewProps } from './model-error-view';

/**
 * Why the model can't be shown (model-error-view.tsx), fetched when it is needed: only a failed load
 * or a broken model needs the problem lists, so the first paint's script does without them. Should
 * even that code fail to arrive (the server has gone away), the reason and Retry still show, plainly.
 */
export function ModelError(props: ModelErrorViewProps) {
  return (
    <ErrorBoundary fallback={() => <PlainModelError {...props} />}>
      <Suspense fallback={<LoadingIndicator label="Loading…" />}>
        <LazyModelErrorView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function PlainModelError({ error, onRetry, retryLabel = 'Retry' }: ModelErrorViewProps) {
  return (
    <section className="model-error" role="alert">
      <h1>{String(error)}</h1>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {retryLabel}
      </button>
    </section>
  );
}
