import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { afterFirstPaint } from './first-paint';
import type { ViewTransform } from './layout/view-transform';
import type { bindZoom, ZoomBehaviourHandle, ZoomBehaviourOptions } from './zoom-behaviour';

export interface ZoomGestureOptions extends ZoomBehaviourOptions {
  readonly width: number;
  readonly scaleExtent: readonly [number, number];
  /** The view now, as a transform for this width: where a (re)bound behaviour starts from. */
  readonly transform: ViewTransform;
}

// d3-zoom, d3-selection and d3-transition (about 12 KB gzip) are for gestures, which nobody makes
// before the timeline is on screen: they load right after the first paint.
const loadZoomBehaviour = () => afterFirstPaint().then(() => import('./zoom-behaviour'));

type BindZoom = typeof bindZoom;

/**
 * Wheel, drag, pinch and double-click on the plot element, through d3-zoom, reported to `onZoom` and
 * `onZoomEnd`. The behaviour is bound once per element and told of a new width or zoom limits without
 * an event. `transformTo` answers false when there is no behaviour to move (not loaded yet, hidden).
 */
export function useZoomGestures(options: ZoomGestureOptions) {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [plot, plotRef] = useState<HTMLDivElement | null>(null);
  const [bind, setBind] = useState<BindZoom | null>(null);
  const handle = useRef<ZoomBehaviourHandle | null>(null);
  const { width, scaleExtent, wheelNeedsIntent } = options;
  const [minK, maxK] = scaleExtent;

  useEffect(() => {
    let live = true;
    loadZoomBehaviour().then(
      (module) => live && setBind(() => module.bindZoom),
      // Offline after the first paint: the buttons and keys still zoom (the view moves without it).
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    if (!bind || !plot) return;
    const { transform, width: w, scaleExtent: extent } = latest.current;
    const bound = bind(
      plot,
      { wheelNeedsIntent, onZoom: (t) => latest.current.onZoom(t), onZoomEnd: (t, moved) => latest.current.onZoomEnd(t, moved) },
      { width: w, scaleExtent: extent, transform },
    );
    handle.current = bound;
    return () => {
      bound.dispose();
      handle.current = null;
    };
  }, [bind, plot, wheelNeedsIntent]);

  // A resize or new zoom limits: the same view, as a transform for the new width.
  useLayoutEffect(() => {
    handle.current?.configure({ width, scaleExtent: [minK, maxK], transform: latest.current.transform });
  }, [width, minK, maxK]);

  const transformTo = useCallback(
    (transform: ViewTransform, animate: boolean) => {
      if (!handle.current || width <= 0) return false;
      handle.current.transformTo(transform, animate);
      return true;
    },
    [width],
  );
  return useMemo(() => ({ plotRef, transformTo }), [transformTo]);
}
