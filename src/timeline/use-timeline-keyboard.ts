import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EventId, Model } from '../model/types';
import type { VisibleItems } from '../selectors/select-visible-items';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { TimelineScene } from './scene/layout-timeline-scene';
import { isTypingTarget } from '../components/is-typing-target';

/** The one event mark (in one lane) that is in the tab order: the roving tab stop. */
export interface TabStop {
  readonly id: string;
  readonly lane: number;
}

interface KeyboardOptions {
  model: Model;
  visible: VisibleItems;
  tracks: TimelineTracks;
  scene: TimelineScene | undefined;
  selectedEventId: string | undefined;
  /** Pans/zooms so the event is drawn as its own mark. */
  reveal: (id: string) => void;
  zoomBy: (factor: number) => void;
  reset: () => void;
  onOpen: (id: string) => void;
}

/**
 * Keyboard access to the timeline: ←/→ the previous/next event in time order, ↑/↓ the nearest event in
 * the lane above/below, Home/End the first/last event, +/− zoom, 0 fit all. Enter opens (on the mark).
 * Focus follows a roving tab stop, so Tab enters and leaves the timeline in one step.
 */
export function useTimelineKeyboard({ model, visible, tracks, scene, selectedEventId, reveal, zoomBy, reset, onOpen }: KeyboardOptions) {
  const [chosen, setChosen] = useState<TabStop | undefined>(undefined);
  const pendingFocus = useRef<TabStop | undefined>(undefined);

  const isDrawn = useCallback(
    (stop: TabStop | undefined) => !!stop && !!scene?.marks.some((m) => m.item.kind === 'event' && m.item.id === stop.id && m.lane === stop.lane),
    [scene],
  );
  const primaryStop = useCallback((id: string): TabStop => ({ id, lane: tracks.lanesOfEvent.get(id as EventId)?.[0] ?? 0 }), [tracks]);

  const tabStop = useMemo((): TabStop | undefined => {
    if (isDrawn(chosen)) return chosen;
    if (selectedEventId && isDrawn(primaryStop(selectedEventId))) return primaryStop(selectedEventId);
    let first: TabStop | undefined;
    let firstX = Infinity;
    for (const m of scene?.marks ?? []) {
      if (m.item.kind === 'event' && m.item.primary && m.cx < firstX && m.x1 >= 0) {
        first = { id: m.item.id, lane: m.lane };
        firstX = m.cx;
      }
    }
    return first;
  }, [chosen, selectedEventId, scene, isDrawn, primaryStop]);

  // Focus the new tab stop once it has been drawn (a reveal may have to zoom first).
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const element = document.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(want.id)}"][data-lane="${want.lane}"]`);
    if (element) {
      pendingFocus.current = undefined;
      element.focus();
    }
  }, [scene, tabStop]);

  const moveTo = useCallback(
    (stop: TabStop) => {
      setChosen(stop);
      pendingFocus.current = stop;
      reveal(stop.id);
    },
    [reveal],
  );

  const stopInTimeOrder = useCallback(
    (id: string, currentLane: number | undefined): TabStop => {
      const lanes = tracks.lanesOfEvent.get(id as EventId) ?? [0];
      return { id, lane: currentLane !== undefined && lanes.includes(currentLane) ? currentLane : (lanes[0] ?? 0) };
    },
    [tracks],
  );

  /** In the compact track: the drawn event in the nearest row above or below, closest in x. */
  const nearestInRow = useCallback(
    (from: TabStop, direction: 1 | -1): TabStop | undefined => {
      const marks = (scene?.marks ?? []).filter((m) => m.item.kind === 'event');
      const current = marks.find((m) => m.item.id === from.id && m.lane === from.lane);
      if (!current) return undefined;
      let best: (typeof marks)[number] | undefined;
      for (const m of marks) {
        const dy = (m.y - current.y) * direction;
        if (dy <= 0) continue;
        const bestDy = best ? (best.y - current.y) * direction : Infinity;
        if (dy < bestDy || (dy === bestDy && Math.abs(m.cx - current.cx) < Math.abs(best!.cx - current.cx))) best = m;
      }
      return best && { id: best.item.id, lane: best.lane };
    },
    [scene],
  );

  const nearestInLane = useCallback(
    (from: TabStop, direction: 1 | -1): TabStop | undefined => {
      if (tracks.mode === 'compact') return nearestInRow(from, direction);
      const event = model.events.get(from.id as EventId);
      if (!event) return undefined;
      const centre = (event.span.start + event.span.end) / 2;
      for (let lane = from.lane + direction; lane >= 0 && lane < tracks.tracks.length; lane += direction) {
        let best: string | undefined;
        let bestDistance = Infinity;
        for (const item of tracks.tracks[lane]!.events) {
          const distance = Math.abs((item.span.start + item.span.end) / 2 - centre);
          if (distance < bestDistance) {
            best = item.id;
            bestDistance = distance;
          }
        }
        if (best) return { id: best, lane };
      }
      return undefined;
    },
    [model, tracks, nearestInRow],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (isTypingTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const events = visible.events;
      const current = tabStop;
      const index = current ? events.indexOf(current.id as EventId) : -1;
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowLeft': {
          const step = e.key === 'ArrowRight' ? 1 : -1;
          const next = events[index < 0 ? 0 : Math.min(events.length - 1, Math.max(0, index + step))];
          if (next) moveTo(stopInTimeOrder(next, current?.lane));
          break;
        }
        case 'ArrowDown':
        case 'ArrowUp': {
          if (!current) break;
          const next = nearestInLane(current, e.key === 'ArrowDown' ? 1 : -1);
          if (next) moveTo(next);
          break;
        }
        case 'Home':
        case 'End': {
          const next = e.key === 'Home' ? events[0] : events[events.length - 1];
          if (next) moveTo(stopInTimeOrder(next, undefined));
          break;
        }
        case '+':
        case '=':
          zoomBy(2);
          break;
        case '-':
        case '_':
          zoomBy(0.5);
          break;
        case '0':
          reset();
          break;
        case 'Enter':
          // Marks handle Enter themselves; from elsewhere in the timeline it opens the tab stop.
          if (current && !(e.target instanceof SVGElement)) onOpen(current.id);
          else handled = false;
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    },
    [visible.events, tabStop, moveTo, stopInTimeOrder, nearestInLane, zoomBy, reset, onOpen],
  );

  /** Whichever mark gets focus (by click, Tab or a script) becomes the tab stop. */
  const onFocus = useCallback((e: { target: EventTarget | null }) => {
    if (!(e.target instanceof Element)) return;
    const id = e.target.getAttribute('data-event-id');
    const lane = Number(e.target.getAttribute('data-lane'));
    if (id && Number.isFinite(lane)) setChosen((prev) => (prev?.id === id && prev.lane === lane ? prev : { id, lane }));
  }, []);

  return { tabStop, onKeyDown, onFocus };
}
