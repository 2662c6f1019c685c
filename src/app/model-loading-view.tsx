import { Suspense, useEffect, useState } from 'react';
import { LoadingIndicator } from '../components/loading-indicator';
import type { ModelLoadProgress } from '../data/model-load-progress';
import { LazyModelLoadProgressView } from './lazy-views';

/** After this long a load counts as slow and shows its progress and Cancel. */
const SLOW_LOAD_MS = 400;

interface ModelLoadingViewProps {
  /** The model being loaded, as messages name it. */
  readonly label: string;
  readonly progress: ModelLoadProgress | undefined;
  readonly onCancel: () => void;
}

/**
 * The page while the model loads: a quiet indicator, and for a slow load (a large model, a slow
 * network) its progress and a Cancel button. The progress view's code is fetched only then, so a quick
 * load does not pay for it.
 */
export function ModelLoadingView({ label, progress, onCancel }: ModelLoadingViewProps) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, []);
  const quiet = <LoadingIndicator label="Loading the timeline…" />;
  return (
    <main id="main" className="app-main app-main--loading" tabIndex={-1}>
      {slow ? (
        <Suspense fallback={quiet}>
          <LazyModelLoadProgressView label={label} progress={progress} onCancel={onCancel} />
        </Suspense>
      ) : (
        quiet
      )}
    </main>
  );
}
