import { useEffect, useMemo, useState } from 'react';
import type { Model } from '../model/types';

type ThreadModule = typeof import('../selectors/select-thread-set');
const loadThread = () => import('../selectors/select-thread-set');

/**
 * The statements of the thread in force (`thread=`), as a set for selectVisibleItems: null when no
 * thread is asked for, undefined while the reply rule's code loads. That code waits for the first
 * thread (or panel) to be fetched, so it costs the first paint nothing; if it cannot be fetched, the
 * thread is ignored and everything shows.
 */
export function useThreadIds(model: Model, thread: string | null): ReadonlySet<string> | null | undefined {
  const [loaded, setLoaded] = useState<ThreadModule | null | undefined>(undefined);
  useEffect(() => {
    if (thread && loaded === undefined) loadThread().then(setLoaded, () => setLoaded(null));
  }, [thread, loaded]);
  return useMemo(() => {
    if (!thread || loaded === null) return null;
    return loaded && loaded.selectThreadSet(model, thread);
  }, [model, thread, loaded]);
}
