import { useEffect, useState } from 'react';
import { afterFirstPaint } from './first-paint';

/** The module of what a selection adds to the timeline: its curves, reply arcs, and the ids that stay undimmed. */
export type SelectionOverlays = typeof import('./selection-links');

// Fetched once the first timeline is on screen, so a click draws its links at once; one promise for
// every timeline on the page.
let loading: Promise<SelectionOverlays> | undefined;
const loadOverlays = () => (loading ??= afterFirstPaint().then(() => import('./selection-links')));

/**
 * What a selection adds to the timeline (with d3-shape), kept out of the first script. Until it
 * arrives, and offline, marks are simply not dimmed nor linked: the panel still lists everything.
 */
export function useSelectionOverlays(): SelectionOverlays | undefined {
  const [overlays, setOverlays] = useState<SelectionOverlays | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadOverlays().then(
      (m) => live && setOverlays(() => m),
      () => {
        // Offline: a later timeline tries again.
        loading = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return overlays;
}
