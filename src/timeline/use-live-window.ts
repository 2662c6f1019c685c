import { useSyncExternalStore } from 'react';
import type { TimeSpan } from '../model/types';
import type { LiveWindow } from './live-window';

/** The window on screen now, re-rendering the caller (alone) on every frame of a gesture. */
export function useLiveWindow(live: LiveWindow): TimeSpan {
  return useSyncExternalStore(live.subscribe, live.get);
}
