import { useEffect, useMemo, useState } from 'react';
import type { Model } from '../model/types';
import type { VisibleItems } from '../selectors/select-visible-items';
import { buildTimelineTracks, buildTimelineTracksInSteps, type TimelineTracks, type TrackMode } from './scene/build-timeline-tracks';
import { runInSlices } from './run-in-slices';

/**
 * Above this many visible items the tracks are built, and the first scene laid out, in slices between
 * tasks (useProgressivePaint): at 100,000 events each is a few hundred ms of the main thread in one
 * piece, a page that answers no click or key meanwhile. Below it, at once, as the render asks.
 */
export const SLICED_ITEMS = 5_000;

/**
 * The visible items on tracks (buildTimelineTracks). For a large model they are built in slices after
 * the render, so undefined until then; when the filters or the mode change, the previous tracks of the
 * same model stay until the new ones are built (a scene that fits them is on screen meanwhile).
 */
export function useTimelineTracks(model: Model, visible: VisibleItems, mode: TrackMode): TimelineTracks | undefined {
  const inSlices = visible.events.length + visible.statements.length > SLICED_ITEMS;
  const now = useMemo(() => (inSlices ? undefined : buildTimelineTracks(model, visible, mode)), [model, visible, mode, inSlices]);
  const [built, setBuilt] = useState<{ model: Model; tracks: TimelineTracks }>();
  useEffect(() => {
    if (!inSlices) return;
    return runInSlices(buildTimelineTracksInSteps(model, visible, mode), (tracks) => setBuilt({ model, tracks }));
  }, [model, visible, mode, inSlices]);
  return now ?? (built?.model === model ? built.tracks : undefined);
}
