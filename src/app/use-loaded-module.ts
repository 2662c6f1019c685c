import { useEffect, useState } from 'react';
import type { ModuleLoader } from './create-module-loader';

/**
 * The loader's module, or undefined while it is being fetched (the caller shows a loading state). The
 * update that follows its arrival is an ordinary one, committed at once, where a Suspense boundary's
 * retry would wait out React's fallback throttle. A failed import is thrown during render, as
 * React.lazy would, for the nearest error boundary.
 */
export function useLoadedModule<M>(loader: ModuleLoader<M>): M | undefined {
  const module = loader.loaded();
  const [, setArrived] = useState<M>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (module) return;
    let live = true;
    loader.load().then(
      (m) => live && setArrived(() => m),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [loader, module]);
  if (failure) throw failure.error;
  return module;
}
