import { startTransition, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { TimelineScene } from './scene/layout-timeline-scene';
import { runSteps, type Steps } from './scene/run-steps';
import { tracksWithinRows } from './scene/tracks-within-rows';
import { afterFirstPaint, markEverythingDrawn, markFirstPaint } from './first-paint';
import { runInSlices } from './run-in-slices';
import { SLICED_ITEMS } from './use-timeline-tracks';

/** Lays out the tracks it is given, in steps (layoutTimelineSceneInSteps). */
export type LayOut = (tracks: TimelineTracks) => Steps<TimelineScene>;

function itemCount(tracks: TimelineTracks): number {
  let count = 0;
  for (const track of tracks.tracks) count += track.events.length + track.statements.length;
  return count;
}

/** Rows (px, plot coordinates) the first paint draws. */
export interface DrawnRows {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The first paint lays out only the lanes that reach into what the browser window shows, and draws
 * only what lies in those rows (at an overview of 10,000 events that is a tenth of the marks, and
 * React's commit of them is most of the time to first paint); the rest follows in a transition once
 * that frame is on screen, a few hundred ms later. (Half a screen either side, as before 2026-11-27,
 * drew twice as much before the first paint, for a reader who scrolls within that time.)
 *
 * Tracks of more than SLICED_ITEMS items (a model of 10,000 events and more) are laid out in slices
 * between tasks, the first paint's rows and then the rest (the first paint's scene stays meanwhile):
 * in one piece, at 100,000 events, it was the load's longest task. A new window, width or emphasis
 * for the same tracks (a zoom) is laid out at once, as for any model: culled to the window, it is the
 * usual per-frame work. New tracks (a filter) are laid out in slices again, with no scene meanwhile.
 *
 * `layOut` lays out the tracks it is given (undefined while there is no width or no tracks). Returns
 * the scene, the rows to draw of it (undefined: all) and whether the whole scene is laid out and drawn.
 */
export function useProgressivePaint(
  containerRef: RefObject<HTMLElement | null>,
  plotTop: number,
  tracks: TimelineTracks,
  layOut: LayOut | undefined,
): { scene: TimelineScene | undefined; drawnRows: DrawnRows | undefined; complete: boolean } {
  // undefined: not measured yet; null: everything.
  const [drawnRows, setDrawnRows] = useState<DrawnRows | null | undefined>(undefined);
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    // Read in the same layout pass as the container's width: this costs no layout of its own.
    const top = element.getBoundingClientRect().top + plotTop;
    setDrawnRows({ top: -top, bottom: window.innerHeight - top });
  }, [containerRef, plotTop]);

  // Until the first paint, the lanes outside those rows are left empty (their heights stay).
  const laidOut = useMemo(() => (drawnRows ? tracksWithinRows(tracks, drawnRows.top, drawnRows.bottom) : tracks), [tracks, drawnRows]);
  const [sliced, setSliced] = useState<{ tracks: TimelineTracks; laidOut: TimelineTracks; layOut: LayOut; scene: TimelineScene }>();
  // Decided on the whole tracks, so that the first paint's scene, laid out in slices too, is the one
  // shown while the rest is.
  const isLarge = useMemo(() => itemCount(tracks) > SLICED_ITEMS, [tracks]);
  const inSlices = layOut !== undefined && isLarge && sliced?.laidOut !== laidOut;
  const now = useMemo(() => {
    if (!layOut || inSlices) return undefined;
    if (sliced && sliced.laidOut === laidOut && sliced.layOut === layOut) return sliced.scene;
    return runSteps(layOut(laidOut));
  }, [layOut, laidOut, inSlices, sliced]);
  useEffect(() => {
    if (!inSlices) return;
    return runInSlices(layOut(laidOut), (scene) => setSliced({ tracks, laidOut, layOut, scene }));
  }, [inSlices, layOut, laidOut, tracks]);
  // While the rest of the tracks is laid out, the first paint's scene stays (same tracks, same window).
  const stale = inSlices && sliced?.tracks === tracks && sliced.layOut === layOut ? sliced.scene : undefined;
  const scene = now ?? stale;
  const complete = drawnRows === null && now !== undefined;

  useEffect(() => {
    if (!scene) return;
    markFirstPaint();
    if (drawnRows === null) {
      if (complete) markEverythingDrawn();
      return;
    }
    if (!drawnRows) return;
    let live = true;
    afterFirstPaint().then(() => live && startTransition(() => setDrawnRows(null)));
    return () => {
      live = false;
    };
  }, [drawnRows, scene, complete]);

  return { scene, drawnRows: drawnRows ?? undefined, complete };
}
