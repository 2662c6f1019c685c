import { select } from 'd3-selection';
// Adds selection.transition(), which animates programmatic zooms; d3-zoom depends on it anyway.
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from './layout/view-transform';

export interface ZoomBehaviourOptions {
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
  /** The view when binding: what is drawn now, so the first gesture starts from it. */
  readonly initial: ViewTransform;
  /** Every frame of a zoom or pan gesture. */
  readonly onZoom: (transform: ViewTransform) => void;
  /** Once a gesture ends: the moment to commit the window to the store (and so to the URL). */
  readonly onZoomEnd: (transform: ViewTransform) => void;
}

export interface ZoomBehaviourHandle {
  /** Moves the view, reporting it like a gesture; `animate` eases over 250 ms. */
  transformTo(transform: ViewTransform, animate: boolean): void;
  /** Unbinds the listeners. */
  dispose(): void;
}

type ZoomEvent = D3ZoomEvent<HTMLDivElement, unknown>;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const toD3 = (t: ViewTransform) => zoomIdentity.translate(t.x, t.y).scale(t.k);

/**
 * The one place D3 touches the DOM: d3-zoom's wheel, drag, pinch and double-click handling on the
 * plot element. Loaded on its own after the first paint (see useZoomBinding).
 */
export function bindZoom(element: HTMLDivElement, options: ZoomBehaviourOptions): ZoomBehaviourHandle {
  const { width, height, scaleExtent, wheelNeedsIntent } = options;
  const extent: [[number, number], [number, number]] = [
    [0, 0],
    [width, Math.max(height, 1)],
  ];
  const z = zoom<HTMLDivElement, unknown>()
    .extent(extent)
    .translateExtent(extent)
    .scaleExtent([scaleExtent[0], scaleExtent[1]])
    .filter((event: Event) => {
      if (event instanceof MouseEvent && event.button) return false;
      if (event.type === 'wheel' && wheelNeedsIntent) {
        const wheel = event as WheelEvent;
        return wheel.ctrlKey || wheel.metaKey || element.contains(document.activeElement);
      }
      // Double-click zooms in; ctrl-click is left to the browser (open in new tab etc.).
      return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
    })
    .on('zoom', (event: ZoomEvent) => options.onZoom(event.transform))
    .on('end', (event: ZoomEvent) => options.onZoomEnd(event.transform));
  const selection = select(element);
  selection.call(z);
  // Binding resets the stored transform to the identity; put back what is drawn, without an event
  // (the view already shows it, and an event would lay the whole scene out again).
  selection.property('__zoom', toD3(options.initial));
  return {
    transformTo(transform, animate) {
      if (animate && !prefersReducedMotion()) selection.transition().duration(250).call(z.transform, toD3(transform));
      else z.transform(selection, toD3(transform));
    },
    dispose() {
      selection.interrupt();
      selection.on('.zoom', null);
    },
  };
}
