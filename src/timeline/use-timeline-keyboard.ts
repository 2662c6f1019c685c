import { useCallback, type KeyboardEvent } from 'react';
import type { EventId, Model } from '../model/types';
import type { VisibleItems } from '../selectors/select-visible-items';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { TimelineScene } from './scene/layout-timeline-scene';
import { isTypingTarget } from '../components/is-typing-target';
import { nearestStop } from './nearest-stop';
import { stopOf, useRovingTabStop, type TabStop } from './use-roving-tab-stop';

export type { TabStop } from './use-roving-tab-stop';

interface KeyboardOptions {
  model: Model;
  visible: VisibleItems;
  tracks: TimelineTracks;
  scene: TimelineScene | undefined;
  selectedEventId: string | undefined;
  /** Pans/zooms so the event is in view. */
  reveal: (id: string) => void;
  /** The keyboard moved to this event, not drawn as a mark now: the scene draws it on its own (emphasis), even amid a cluster. */
  onWalk: (id: string) => void;
  /** Zooms by `factor` about the time `about`. */
  zoomBy: (factor: number, about?: number) => void;
  reset: () => void;
  onOpen: (id: string) => void;
}

/**
 * Keyboard access to the timeline: ←/→ the previous/next event in time order, from any zoom (the view
 * moves to it, and it is drawn even if it was in a cluster); ↑/↓ the nearest event in the lane (or
 * row) above/below; Home/End the first/last event; +/− zoom about the focused mark; 0 fit all. Enter
 * opens (on the mark). Focus follows a roving tab stop (useRovingTabStop).
 */
export function useTimelineKeyboard({ model, visible, tracks, scene, selectedEventId, reveal, onWalk, zoomBy, reset, onOpen }: KeyboardOptions) {
  const roving = useRovingTabStop(tracks, scene, selectedEventId);
  const { tabStop, isDrawn, focusWhenDrawn } = roving;

  const moveTo = useCallback(
    (stop: TabStop) => {
      focusWhenDrawn(stop);
      // Only an event not drawn now (in a cluster, or out of view) is emphasised: emphasis claims a
      // row first, and moving the emphasis would rearrange rows under a reader walking through them.
      if (!isDrawn(stop)) onWalk(stop.id);
      reveal(stop.id);
    },
    [focusWhenDrawn, isDrawn, reveal, onWalk],
  );

  /** The event in its current lane if it has one there, else in its first lane. */
  const stopInTimeOrder = useCallback(
    (id: string, currentLane: number | undefined): TabStop => {
      const lanes = tracks.lanesOfEvent.get(id as EventId) ?? [0];
      return { id, lane: currentLane !== undefined && lanes.includes(currentLane) ? currentLane : (lanes[0] ?? 0) };
    },
    [tracks],
  );

  /**
   * Zooms about the focused mark, which stays where it is and stays drawn (emphasised, so zooming out
   * cannot fold it into a cluster and take the focus with it).
   */
  const zoomAboutMark = useCallback(
    (stop: TabStop | undefined, factor: number) => {
      const span = stop && model.events.get(stop.id as EventId)?.span;
      if (!stop || !span) return zoomBy(factor);
      onWalk(stop.id);
      zoomBy(factor, (span.start + span.end) / 2);
    },
    [model, zoomBy, onWalk],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (isTypingTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const events = visible.events;
      // From the focused mark, which is the tab stop unless a pointer focused it (see useRovingTabStop).
      const current = stopOf(e.target) ?? tabStop;
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
          const next = current && nearestStop(model, tracks, scene, current, e.key === 'ArrowDown' ? 1 : -1);
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
        case '-':
        case '_':
          zoomAboutMark(current, e.key === '+' || e.key === '=' ? 2 : 0.5);
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
    [model, tracks, scene, visible.events, tabStop, moveTo, stopInTimeOrder, zoomAboutMark, reset, onOpen],
  );

  return {
    tabStop,
    onKeyDown,
    onFocus: roving.onFocus,
    onPointerDown: roving.onPointerDown,
    onClick: roving.takePointerFocus,
    onKeyDownCapture: roving.takePointerFocus,
  };
}
