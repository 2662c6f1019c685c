import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TimeSpan } from '../model/types';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { TimelineScene } from './scene/layout-timeline-scene';
import { runSteps, type Steps } from './scene/run-steps';
import { tracksWithinRows } from './scene/tracks-within-rows';
import { afterFirstPaint, markEverythingDrawn, markFirstPaint } from './first-paint';
import { runInSlices } from './run-in-slices';
import { SLICED_ITEMS } from './use-timeline-tracks';

/**
 * A layout of the tracks it is given for one window, width and emphasis, in steps
 * (layoutTimelineSceneInSteps). A new object whenever one of them changes.
 */
export interface LayOut {
  readonly window: TimeSpan;
  readonly width: number;
  readonly emphasisId: string | undefined;
  readonly steps: (tracks: TimelineTracks) => Steps<TimelineScene>;
}

/** Only the window differs: the scene laid out for `from` can stand in, moved, until `to`'s is ready. */
function isMoveOnly(from: LayOut, to: LayOut): boolean {
  return from.width === to.width && from.emphasisId === to.emphasisId;
}

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
 * in one piece, at 100,000 events, it was the load's longest task. So is a new window for the same
 * tracks (the layout where a large scene's gesture rests: at an overview of 100,000 events ~150,000
 * items, 100-300 ms in one piece, which the next gesture's frames waited on); meanwhile the scene of
 * the window before stays, and the caller moves it to the window on screen. A new width or emphasis is
 * laid out at once (the scene on screen cannot stand in for it). New tracks (a filter) are laid out in
 * slices again, with no scene meanwhile. Small tracks are laid out at once, whatever changed. While
 * `holdWhile` answers true (a gesture under way, which will ask for another window when it rests),
 * the slices wait: the gesture's frames come first.
 *
 * `layOut` lays out the tracks it is given (undefined while there is no width or no tracks). Returns
 * the scene, the layOut it comes from (its window may be an earlier one), the rows to draw of it
 * (undefined: all) and whether the whole scene is laid out, for `layOut`, and drawn.
 */
export function useProgressivePaint(
  containerRef: RefObject<HTMLElement | null>,
  plotTop: number,
  tracks: TimelineTracks,
  layOut: LayOut | undefined,
  /** Asked before each slice of a layout: while true (a gesture under way), the slices wait. */
  holdWhile?: () => boolean,
): { scene: TimelineScene | undefined; layOut: LayOut | undefined; drawnRows: DrawnRows | undefined; complete: boolean } {
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
  // Decided on the whole tracks, so that the first paint's scene, laid out in slices too, is the one
  // shown while the rest is.
  const isLarge = useMemo(() => itemCount(tracks) > SLICED_ITEMS, [tracks]);
  const holdRef = useRef(holdWhile);
  useEffect(() => {
    holdRef.current = holdWhile;
  });
  // A large scene's last layout, shown while the next is laid out in slices.
  const [last, setLast] = useState<{ tracks: TimelineTracks; laidOut: TimelineTracks; layOut: LayOut; scene: TimelineScene }>();
  const isLast = last !== undefined && last.laidOut === laidOut && last.layOut === layOut;
  // In slices: new tracks or rows (a filter, the rest after the first paint), or a new window (the
  // layout where a gesture rests: ~150,000 items at 100,000 events). At once: a new width or emphasis
  // of the same rows (a resize, a mark walked to), which the scene on screen cannot stand in for.
  const inSlices = layOut !== undefined && isLarge && !isLast && (last?.laidOut !== laidOut || isMoveOnly(last.layOut, layOut));
  const now = useMemo(() => {
    if (!layOut || inSlices) return undefined;
    if (isLast) return last.scene;
    return runSteps(layOut.steps(laidOut));
  }, [layOut, laidOut, inSlices, isLast, last]);
  useEffect(() => {
    if (!inSlices) return;
    return runInSlices(layOut.steps(laidOut), (scene) => setLast({ tracks, laidOut, layOut, scene }), () => holdRef.current?.() ?? false);
  }, [inSlices, layOut, laidOut, tracks]);
  // A large scene laid out at once is the one to stand in for the next window.
  // (Kept during the render, as React's "storing information from previous renders" does: it renders
  // again at once, before committing, and then finds it as the last layout.)
  if (isLarge && layOut && now && !isLast) setLast({ tracks, laidOut, layOut, scene: now });
  // While the next layout of the same tracks is under way, the last one stays: the first paint's rows
  // while the rest is laid out (same window), or the window before a zoom, which the caller moves to
  // the window on screen (`layOut` says which window it is for).
  const stale = inSlices && last?.tracks === tracks && isMoveOnly(last.layOut, layOut) ? last : undefined;
  const scene = now ?? stale?.scene;
  const sceneLayOut = now ? layOut : stale?.layOut;
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

  return { scene, layOut: sceneLayOut, drawnRows: drawnRows ?? undefined, complete };
}
