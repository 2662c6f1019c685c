import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { afterFirstPaint } from './first-paint';
import { createViewTransform, IDENTITY_TRANSFORM, type ViewTransform } from './layout/view-transform';
import type { bindZoom, ZoomBehaviourOptions } from './zoom-behaviour';

export interface ZoomBindingOptions extends Omit<ZoomBehaviourOptions, 'initial'> {
  /** What is drawn now: a rebuilt behaviour (after a resize) starts from it. */
  readonly transform: ViewTransform;
}

// d3-zoom, d3-selection and d3-transition (about 12 KB gzip) are for gestures, which nobody makes
// before the timeline is on screen: they load right after the first paint.
const loadZoomBehaviour = () => afterFirstPaint().then(() => import('./zoom-behaviour'));

type BindZoom = typeof bindZoom;

/**
 * Zoom and pan of the plot element. React renders with `rescaleTime(base, transform)`; d3-zoom
 * (loaded after the first paint) turns gestures into transforms. Programmatic changes (keys, URL,
 * fit all) go through `zoomTo`, which works before d3-zoom is there and keeps it in step after.
 */
export function useZoomBinding(ref: RefObject<HTMLDivElement | null>, options: ZoomBindingOptions) {
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  // The transform last reported: what is drawn, and where a re-bound behaviour starts from.
  const current = useRef<ViewTransform>(IDENTITY_TRANSFORM);
  const handle = useRef<ReturnType<BindZoom> | null>(null);
  const [bind, setBind] = useState<BindZoom | null>(null);
  const { width, height, wheelNeedsIntent } = options;
  const [minK, maxK] = options.scaleExtent;

  useEffect(() => {
    let live = true;
    loadZoomBehaviour().then(
      (module) => live && setBind(() => module.bindZoom),
      // Offline after the first paint: the buttons and keys still zoom (zoomTo works without it).
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!bind || !element || width <= 0) return;
    const report = (listener: 'onZoom' | 'onZoomEnd') => (t: ViewTransform) => {
      current.current = t;
      callbacks.current[listener](t);
    };
    // The drawn transform, not the last reported one: a resize re-expresses the view for the new width.
    current.current = callbacks.current.transform;
    const bound = bind(element, {
      width,
      height,
      scaleExtent: [minK, maxK],
      wheelNeedsIntent,
      initial: current.current,
      onZoom: report('onZoom'),
      onZoomEnd: report('onZoomEnd'),
    });
    handle.current = bound;
    return () => {
      bound.dispose();
      handle.current = null;
    };
  }, [ref, bind, width, height, minK, maxK, wheelNeedsIntent]);

  /**
   * Moves the view to `transform`, reporting it like a gesture would. `animate` eases there in a
   * quarter of a second, unless the reader prefers reduced motion (or d3-zoom is not loaded yet).
   */
  const zoomTo = useCallback((transform: ViewTransform, animate = false) => {
    if (handle.current) {
      handle.current.transformTo(transform, animate);
      return;
    }
    current.current = transform;
    callbacks.current.onZoom(transform);
    callbacks.current.onZoomEnd(transform);
  }, []);

  /** Zooms by `factor` about the plot's centre, within the zoom limits, never past either end. */
  const zoomBy = useCallback(
    (factor: number) => {
      if (width <= 0) return;
      const { k, x } = current.current;
      const k1 = Math.min(maxK, Math.max(minK, k * factor));
      const centre = width / 2;
      const x1 = centre - ((centre - x) * k1) / k;
      zoomTo(createViewTransform(k1, Math.min(0, Math.max(width * (1 - k1), x1))));
    },
    [width, minK, maxK, zoomTo],
  );

  const reset = useCallback(() => zoomTo(IDENTITY_TRANSFORM, true), [zoomTo]);

  return { zoomTo, zoomBy, reset };
}
