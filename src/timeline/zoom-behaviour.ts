import { select } from 'd3-selection';
// Adds selection.transition(), which animates programmatic zooms; d3-zoom depends on it anyway.
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from './layout/view-transform';

export interface ZoomBehaviourOptions {
  /**
   * Embedded in a host page: plain wheel scrolls the page, zoom takes ctrl/⌘ + wheel, or any wheel
   * once the reader has focused the timeline.
   */
  readonly wheelNeedsIntent: boolean;
  /** Every frame of a zoom or pan gesture (or of an animated move). */
  readonly onZoom: (transform: ViewTransform) => void;
  /**
   * Once a gesture ends. `moved` is false when it ended where it started (a click, a drag back to
   * where it began, a wheel at a zoom limit): then there is nothing to lay out or to write.
   */
  readonly onZoomEnd: (transform: ViewTransform, moved: boolean) => void;
}

/** What the behaviour needs to know of the plot, set again whenever it changes (a resize). */
export interface ZoomBounds {
  /** Plot width in px: the zoom extent and the bounds of panning. */
  readonly width: number;
  /** Least and greatest zoom factor. */
  readonly scaleExtent: readonly [number, number];
  /** The view now, for this width: where the next gesture starts from. */
  readonly transform: ViewTransform;
}

export interface ZoomBehaviourHandle {
  /** Sets the width, the zoom limits and the current transform, without an event. */
  configure(bounds: ZoomBounds): void;
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

/** Same zoom and offset, give or take float noise (d3 recomputes x even when the zoom is clamped). */
function sameTransform(a: ViewTransform, b: ViewTransform): boolean {
  return Math.abs(a.k - b.k) <= a.k * 1e-9 && Math.abs(a.x - b.x) < 0.01;
}

/**
 * The one place D3 touches the DOM: d3-zoom's wheel, drag, pinch and double-click handling on the
 * plot element. Loaded on its own after the first paint (see useTimelineViewport). Only x and k
 * matter: the plot's extent is one px tall, so vertical movement is clamped away.
 */
export function bindZoom(element: HTMLDivElement, options: ZoomBehaviourOptions, bounds: ZoomBounds): ZoomBehaviourHandle {
  const { wheelNeedsIntent } = options;
  let startedAt: ViewTransform = bounds.transform;
  const z = zoom<HTMLDivElement, unknown>()
    .filter((event: Event) => {
      if (event instanceof MouseEvent && event.button) return false;
      if (event.type === 'wheel' && wheelNeedsIntent) {
        const wheel = event as WheelEvent;
        return wheel.ctrlKey || wheel.metaKey || element.contains(document.activeElement);
      }
      // Double-click zooms in; ctrl-click is left to the browser (open in new tab etc.).
      return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
    })
    .on('start', (event: ZoomEvent) => {
      startedAt = event.transform;
    })
    .on('zoom', (event: ZoomEvent) => {
      // A drag that moves (not a click): the grabbing cursor, on an overlay (see timeline.css).
      if ((event.sourceEvent as Event | null)?.type === 'mousemove') element.classList.add('is-dragging');
      options.onZoom(event.transform);
    })
    .on('end', (event: ZoomEvent) => {
      element.classList.remove('is-dragging');
      options.onZoomEnd(event.transform, !sameTransform(startedAt, event.transform));
    });
  const selection = select(element);
  const configure = ({ width, scaleExtent, transform }: ZoomBounds) => {
    // Given, not measured: d3-zoom's default extent reads the element's size, a forced layout per gesture.
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [Math.max(width, 1), 1],
    ];
    z.extent(extent).translateExtent(extent).scaleExtent([scaleExtent[0], scaleExtent[1]]);
    // Without an event: the view already shows it, and an event would lay the whole scene out again.
    selection.property('__zoom', toD3(transform));
  };
  selection.call(z);
  configure(bounds);
  return {
    configure,
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
