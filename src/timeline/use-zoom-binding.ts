import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
// Adds selection.transition(), which animates programmatic zooms; d3-zoom depends on it anyway.
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomBindingOptions {
  /** Plot size in px: the zoom extent and the bounds of panning. */
  readonly width: number;
  readonly height: number;
  /** Least and greatest zoom factor. */
  readonly scaleExtent: readonly [number, number];
  /**
   * Embedded in a host page: plain wheel scrolls the page, zoom takes ctrl/⌘ + wheel, or any wheel
   * once the reader has focused the timeline.
   */
  readonly wheelNeedsIntent: boolean;
  /** Every frame of a zoom or pan gesture. */
  readonly onZoom: (transform: ZoomTransform) => void;
  /** Once a gesture ends: the moment to commit the window to the store (and so to the URL). */
  readonly onZoomEnd: (transform: ZoomTransform) => void;
}

type ZoomEvent = D3ZoomEvent<HTMLDivElement, unknown>;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The one place D3 touches the DOM: d3-zoom owns the plot element and reports a transform; React
 * renders with `transform.rescaleX(baseScale)`. Programmatic changes (keys, URL, fit all) go through
 * `zoomTo`, so the element's stored transform stays in step with what is drawn.
 */
export function useZoomBinding(ref: RefObject<HTMLDivElement | null>, options: ZoomBindingOptions) {
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  const { width, height, wheelNeedsIntent } = options;
  const [minK, maxK] = options.scaleExtent;

  useEffect(() => {
    const element = ref.current;
    if (!element || width <= 0) return;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, Math.max(height, 1)],
    ];
    const z = zoom<HTMLDivElement, unknown>()
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([minK, maxK])
      .filter((event: Event) => {
        if (event instanceof MouseEvent && event.button) return false;
        if (event.type === 'wheel' && wheelNeedsIntent) {
          const wheel = event as WheelEvent;
          return wheel.ctrlKey || wheel.metaKey || element.contains(document.activeElement);
        }
        // Double-click zooms in; ctrl-click is left to the browser (open in new tab etc.).
        return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
      })
      .on('zoom', (event: ZoomEvent) => callbacks.current.onZoom(event.transform))
      .on('end', (event: ZoomEvent) => callbacks.current.onZoomEnd(event.transform));
    const selection = select(element);
    const previous = behaviour.current ? (element as unknown as { __zoom?: ZoomTransform }).__zoom : undefined;
    selection.call(z);
    if (previous) z.transform(selection, previous);
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null);
    };
  }, [ref, width, height, minK, maxK, wheelNeedsIntent]);

  /**
   * Moves the view to `transform`, reporting it like a gesture would. `animate` eases there in a
   * quarter of a second, unless the reader prefers reduced motion.
   */
  const zoomTo = useCallback(
    (transform: ZoomTransform, animate = false) => {
      const element = ref.current;
      const z = behaviour.current;
      if (!element || !z) return;
      if (animate && !prefersReducedMotion()) select(element).transition().duration(250).call(z.transform, transform);
      else z.transform(select(element), transform);
    },
    [ref],
  );

  /** Zooms by `factor` about the plot's centre. */
  const zoomBy = useCallback(
    (factor: number) => {
      const element = ref.current;
      const z = behaviour.current;
      if (!element || !z) return;
      z.scaleBy(select(element), factor, [width / 2, 0]);
    },
    [ref, width],
  );

  const reset = useCallback(() => zoomTo(zoomIdentity, true), [zoomTo]);

  return { zoomTo, zoomBy, reset };
}
