import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventId } from '../model/types';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { TimelineScene } from './scene/layout-timeline-scene';

/** The one event mark (in one lane) that is in the tab order: the roving tab stop. */
export interface TabStop {
  readonly id: string;
  readonly lane: number;
}

/** The event mark `target` is, if it is one. */
export function stopOf(target: EventTarget | null): TabStop | undefined {
  if (!(target instanceof Element)) return undefined;
  const id = target.getAttribute('data-event-id');
  const lane = Number(target.getAttribute('data-lane'));
  return id && Number.isFinite(lane) ? { id, lane } : undefined;
}

/**
 * The roving tab stop of the timeline's event marks: the mark last focused or moved to, else the
 * selected event's, else the first drawn; Tab enters and leaves the timeline in one step.
 * `focusWhenDrawn` moves it and focuses the mark as soon as it is drawn (a reveal may have to move
 * the view first).
 */
export function useRovingTabStop(tracks: TimelineTracks, scene: TimelineScene | undefined, selectedEventId: string | undefined) {
  const [chosen, setChosen] = useState<TabStop | undefined>(undefined);
  const pendingFocus = useRef<TabStop | undefined>(undefined);

  const isDrawn = useCallback(
    (stop: TabStop | undefined) => !!stop && !!scene?.marks.some((m) => m.item.kind === 'event' && m.item.id === stop.id && m.lane === stop.lane),
    [scene],
  );
  const tabStop = useMemo((): TabStop | undefined => {
    if (isDrawn(chosen)) return chosen;
    const selected = selectedEventId && { id: selectedEventId, lane: tracks.lanesOfEvent.get(selectedEventId as EventId)?.[0] ?? 0 };
    if (selected && isDrawn(selected)) return selected;
    let first: TabStop | undefined;
    let firstX = Infinity;
    for (const m of scene?.marks ?? []) {
      if (m.item.kind === 'event' && m.item.primary && m.cx < firstX && m.x1 >= 0) {
        first = { id: m.item.id, lane: m.lane };
        firstX = m.cx;
      }
    }
    return first;
  }, [chosen, selectedEventId, scene, tracks, isDrawn]);

  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const element = document.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(want.id)}"][data-lane="${want.lane}"]`);
    if (element) {
      pendingFocus.current = undefined;
      element.focus();
    }
  }, [scene, tabStop]);

  const choose = useCallback((stop: TabStop) => setChosen((prev) => (prev?.id === stop.id && prev.lane === stop.lane ? prev : stop)), []);
  const focusWhenDrawn = useCallback(
    (stop: TabStop) => {
      choose(stop);
      pendingFocus.current = stop;
    },
    [choose],
  );

  // A press focuses a mark on mousedown; making it the tab stop there would re-render every mark
  // once for the focus and again for the click's selection a moment later. So a mark focused by a
  // pointer becomes the tab stop with the click (one render), or with the next key if a drag ate
  // the click.
  const pointerDown = useRef(false);
  const pointerFocused = useRef<TabStop | undefined>(undefined);
  /** Whichever mark gets focus (by Tab, a script, or a pointer: see above) becomes the tab stop. */
  const onFocus = useCallback(
    (e: { target: EventTarget | null }) => {
      const stop = stopOf(e.target);
      if (!stop) return;
      if (pointerDown.current) pointerFocused.current = stop;
      else choose(stop);
    },
    [choose],
  );
  const onPointerDown = useCallback(() => {
    pointerDown.current = true;
    // The focus a press gives comes in the same task as the press.
    setTimeout(() => {
      pointerDown.current = false;
    });
  }, []);
  const takePointerFocus = useCallback(() => {
    const stop = pointerFocused.current;
    pointerFocused.current = undefined;
    if (stop) choose(stop);
  }, [choose]);

  return { tabStop, isDrawn, focusWhenDrawn, onFocus, onPointerDown, takePointerFocus };
}
