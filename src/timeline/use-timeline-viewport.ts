import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TimeSpan } from '../model/types';
import type { TimeWindow } from '../view-state/view-state';
import { parsePartialDate } from '../model/partial-date';
import { createTimeScale } from './layout/create-time-scale';
import { fitTransform } from './layout/fit-transform';
import { transformForWindow } from './layout/transform-for-window';
import { windowOfTransform } from './layout/window-of-transform';
import { zoomScaleExtent } from './layout/zoom-scale-extent';
import { IDENTITY_TRANSFORM, type ViewTransform } from './layout/view-transform';
import { sameWindow } from './layout/view-window';
import { createLiveWindow } from './live-window';
import { formatWindowBounds } from './format-window-bounds';
import { useZoomGestures } from './use-zoom-gestures';

export interface ViewportOptions {
  /** The model's extent; undefined for a model without dates. */
  readonly extent: TimeSpan | undefined;
  /** Plot width in px; 0 while hidden (display: none, a closed tab). */
  readonly width: number;
  /** The window in the URL (start, Back/Forward, host page); null: everything. */
  readonly requested: TimeWindow | null;
  /** Writes the window to the URL once a move rests somewhere new. */
  readonly onSettle: (window: TimeWindow | null) => void;
  /**
   * Asked on every frame of a gesture: lay the marks out for it (a small scene), or keep the drawn
   * layer and move it with a transform (see LiveFrame) until the gesture rests (a large one).
   */
  readonly relayoutWhileMoving: () => boolean;
  /** Embedded: plain wheel scrolls the host page (see bindZoom). */
  readonly wheelNeedsIntent: boolean;
  /** Asked when `requested` changes: ease to it (a story step) rather than jump (a link, Back). */
  readonly easeRequested?: () => boolean;
}

/** null: everything, whatever the model's extent and the width. */
interface ViewState {
  /** What the reader sees, as of the last render (during a large scene's gesture, `live` is ahead). */
  readonly shown: TimeSpan | null;
  /** What the marks are laid out for. */
  readonly drawn: TimeSpan | null;
}

const EVERYTHING: ViewState = { shown: null, drawn: null };
/**
 * A large scene is laid out again this long after its gesture rests, unless another begins: d3-zoom
 * ends a wheel gesture 150 ms after its last step, and steps that come slower than that (a slow
 * hand, a busy machine) would otherwise each lay out ~5,000 nodes (60-150 ms) and start the next
 * step's canvas copy again (see LiveFrame).
 */
export const LARGE_SCENE_REST_MS = 120;
const keyOf = (w: TimeWindow | null) => (w ? `${w.from}/${w.to}` : '');

/**
 * The timeline's view, kept in one place: a time window (not a px transform, so a resize, even to a
 * width of 0, cannot move it). Gestures (d3-zoom, loaded after the first paint) and programmatic
 * moves both arrive as transforms for the current width, in `follow` (each frame) and `settle` (at
 * rest); the URL's window comes in through `requested` and goes out through `onSettle`, never echoed.
 *
 * One frame, one update: gesture events are coalesced to one per animation frame. Each frame sets
 * `live`, the window on screen, which only the axis and the drawn layer's transform subscribe to.
 * A small scene is also laid out again in that frame (`drawn` follows, rendered synchronously); a
 * large one keeps its marks, moved by a transform, and is laid out once, LARGE_SCENE_REST_MS after
 * the gesture rests (unless another begins).
 * Nothing here reads layout. `shown` and `drawn` are React state, as of the last render.
 */
export function useTimelineViewport(options: ViewportOptions) {
  const { extent, width, requested } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const base = useMemo(() => createTimeScale(extent ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) }, Math.max(width, 1)), [extent, width]);
  const scaleExtent = useMemo(() => zoomScaleExtent(base), [base]);
  // Fit all: the model's extent between the window edges (the base scale leaves them around it).
  const everything = useMemo(() => windowOfTransform(base, IDENTITY_TRANSFORM), [base]);

  const [view, setView] = useState<ViewState>(EVERYTHING);
  const [live] = useState(() => createLiveWindow(everything));
  const everythingNow = useRef(everything);
  useLayoutEffect(() => {
    everythingNow.current = everything;
  });
  // A render that moved the view (a resize, a settle, the URL) brings `live` back to it; unless a
  // gesture is under way (the layout of the last rest committing mid-gesture): it would jump back.
  const rendered = view.shown ?? everything;
  const renderedNow = useRef(rendered);
  const moving = useRef(false);
  useLayoutEffect(() => {
    renderedNow.current = rendered;
    if (!moving.current) live.set(rendered);
  }, [live, rendered]);
  // The last window written to (or read from) the URL, so a window we wrote is not applied again.
  const committed = useRef('');

  /** The window a transform shows at this width; null for everything. */
  const windowOf = useCallback((t: ViewTransform) => (t.k <= 1.0001 && Math.abs(t.x) < 0.5 ? null : windowOfTransform(base, t)), [base]);
  const transformOf = useCallback((w: TimeSpan | null) => (w ? transformForWindow(base, w.start, w.end, scaleExtent) : IDENTITY_TRANSFORM), [base, scaleExtent]);

  // The latest gesture transform not yet shown, and the animation frame that will show it.
  const pending = useRef<ViewTransform | null>(null);
  const frame = useRef(0);
  const cancelFrame = useCallback(() => {
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
    pending.current = null;
  }, []);
  useEffect(() => cancelFrame, [cancelFrame]);
  // A large scene's layout at rest, waiting LARGE_SCENE_REST_MS for the next gesture.
  const rest = useRef(0);
  const cancelRest = useCallback(() => {
    clearTimeout(rest.current);
    rest.current = 0;
  }, []);
  useEffect(() => cancelRest, [cancelRest]);
  const follow = useCallback(
    (t: ViewTransform) => {
      cancelRest();
      moving.current = true;
      pending.current = t;
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const next = pending.current;
        pending.current = null;
        if (!next) return;
        const shown = windowOf(next);
        if (latest.current.relayoutWhileMoving()) flushSync(() => setView({ shown, drawn: shown }));
        live.set(shown ?? everythingNow.current, true);
      });
    },
    [windowOf, live, cancelRest],
  );
  const settle = useCallback(
    (t: ViewTransform, moved: boolean) => {
      cancelFrame();
      // A click, or a gesture back where it began: nothing to lay out again, nothing to write (but
      // the layout of an earlier gesture's rest, if it is still waiting).
      if (!moved) {
        // The gesture is over (layouts held for it go on: see useProgressivePaint), the window stays.
        if (rest.current) return live.set(live.get());
        moving.current = false;
        live.set(renderedNow.current);
        return;
      }
      cancelRest();
      const shown = windowOf(t);
      live.set(shown ?? everythingNow.current);
      const same = (a: TimeSpan | null) => (a && shown ? sameWindow(a, shown, latest.current.width) : a === shown);
      const update = () => setView((v) => (same(v.shown) && same(v.drawn) ? v : { shown, drawn: shown }));
      if (latest.current.relayoutWhileMoving()) {
        moving.current = false;
        update();
      } else {
        // A large scene's layout at rest waits for the next gesture step a moment, then yields to it
        // (a transition) instead of holding its frame; the axis and the layer's transform are there.
        // Until then `moving` stays set: a render meanwhile (the URL below) must not pull `live` back.
        rest.current = window.setTimeout(() => {
          rest.current = 0;
          moving.current = false;
          startTransition(update);
        }, LARGE_SCENE_REST_MS);
      }
      const next = shown && formatWindowBounds(shown.start, shown.end);
      if (keyOf(next) === committed.current) return;
      committed.current = keyOf(next);
      latest.current.onSettle(next);
    },
    [windowOf, live, cancelFrame, cancelRest],
  );
  const shownTransform = transformOf(view.shown);
  const gestures = useZoomGestures({ width, scaleExtent, transform: shownTransform, wheelNeedsIntent: options.wheelNeedsIntent, onZoom: follow, onZoomEnd: settle });

  /** Moves the view to `t` at this width; eased when `animate` (and motion is welcome). */
  const moveTo = useCallback(
    (t: ViewTransform, animate = false) => {
      // Hidden, or before d3-zoom is loaded: straight to the end of the move.
      if (!gestures.transformTo(t, animate)) settle(t, true);
    },
    [gestures, settle],
  );
  /** Shows `window` (null: everything); `fit` leaves a margin around it, as for an event or a cluster. */
  const show = useCallback(
    (window: TimeSpan | null, { animate = false, fit = false } = {}) =>
      moveTo(window && fit ? fitTransform(base, window, { scaleExtent }) : transformOf(window), animate),
    [base, scaleExtent, transformOf, moveTo],
  );
  const shown = view.shown ?? everything;
  /**
   * Zooms by `factor` within the zoom limits and the extent, about the time `about` (it keeps its
   * place on screen; by default the middle of the window).
   */
  const zoomBy = useCallback(
    (factor: number, about?: number) => {
      // The window on screen now: a large scene's `shown` waits for its layout at rest.
      const now = live.get();
      const span = now.end - now.start;
      const at = Math.min(now.end, Math.max(now.start, about ?? (now.start + now.end) / 2));
      const before = ((at - now.start) / span) * (span / factor);
      show({ start: at - before, end: at - before + span / factor });
    },
    [live, show],
  );
  const reset = useCallback(() => show(null, { animate: true }), [show]);

  // The URL → the view: at the start, on Back/Forward, from the host page. Applied even while
  // hidden: the window does not depend on the width.
  const requestedKey = keyOf(requested);
  useLayoutEffect(() => {
    if (requestedKey === committed.current) return;
    committed.current = requestedKey;
    const from = requested && parsePartialDate(requested.from);
    const to = requested && parsePartialDate(requested.to);
    if (!requested) show(null);
    else if (from && to) show({ start: from.start, end: to.end }, { animate: latest.current.easeRequested?.() ?? false });
    // `requested` is read through its key: a new object with the same window is not a new request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requestedKey, show]);

  const drawn = view.drawn ?? everything;
  return {
    /** The unzoomed scale at this width, its zoom limits, and a window as a transform on it (for trial layouts). */
    base,
    scaleExtent,
    transformOf,
    /** Moves the view to a transform on `base` (eased when `animate`). */
    moveTo,
    /** The window on screen now (the axis). */
    shown,
    /** The window the marks are laid out for. */
    drawn,
    /** The window on screen on every frame of a gesture: for the axis and the drawn layer's transform. */
    live,
    plotRef: gestures.plotRef,
    show,
    zoomBy,
    reset,
  };
}

export type TimelineViewport = ReturnType<typeof useTimelineViewport>;
