import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { TimeSpan } from '../model/types';
import type { LiveWindow } from './live-window';
import { previewTransformOf } from './layout/view-window';
import type { createLayerCopy as CreateLayerCopy, LayerCopy } from './draw-layer-snapshot';
import { afterFirstPaint } from './first-paint';
import { useLiveWindow } from './use-live-window';

// The drawer (~1.5 KB gzip) is for gestures, which come after the first paint (as d3-zoom does):
// it loads then, and until it has, a gesture moves the SVG itself.
let createCopy: typeof CreateLayerCopy | undefined;
let loading: Promise<unknown> | undefined;
const loadDrawer = () =>
  (loading ??= afterFirstPaint()
    .then(() => import('./draw-layer-snapshot'))
    .then(
      (module) => (createCopy = module.createLayerCopy),
      // Offline after the first paint: gestures move the SVG, as they did before.
      () => undefined,
    ));

interface LiveFrameProps {
  live: LiveWindow;
  /** The window the marks inside are laid out for. */
  drawn: TimeSpan;
  width: number;
  /**
   * A large scene: while a gesture moves it, show a canvas copy of the layer instead of the SVG
   * (see drawLayerSnapshot, createLayerCopy), unless focus is inside it.
   */
  snapshot: boolean;
  /**
   * Changes whenever what the children draw looks different (a new scene, selection, …): the copy
   * drawn ahead for one is not shown for another.
   */
  drawing: unknown;
  children: ReactNode;
}

/**
 * The wrapper that moves the drawn marks to the window on screen while they wait for their next
 * layout: on every frame of a gesture this one element re-renders (its children are the same
 * elements, so React does not look into them) and the browser only moves it. An HTML element, not
 * the <svg>: a transform on the <svg> itself has Chromium lay out every text in it again per frame.
 *
 * A large scene's SVG is not what moves: moving thousands of nodes re-rasters them all on every
 * frame, or (composited) re-layerizes their paint chunks, ~30 ms per frame either way at 10,000
 * events. A gesture moves a canvas copy of the layer instead, and makes the SVG transparent (not
 * painted, and nothing is laid out or restyled again); the SVG comes back in the commit that lays the
 * marks out for where the gesture rests. The copy is drawn ahead, in idle time after each commit of
 * new marks (LayerCopy), or, when the gesture comes first, in its first frame.
 */
export function LiveFrame({ live, drawn, width, snapshot, drawing, children }: LiveFrameProps) {
  const shown = useLiveWindow(live);
  const preview = previewTransformOf(drawn, shown, width);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const copy = useRef<LayerCopy | undefined>(undefined);
  // This render's update of the copy, run after each commit, and once more when the drawer arrives.
  const update = useRef(() => {});
  useEffect(() => {
    if (!snapshot) return;
    let mounted = true;
    void loadDrawer().then(() => mounted && update.current());
    return () => {
      mounted = false;
    };
  }, [snapshot]);
  useEffect(() => () => copy.current?.stop(), []);
  useLayoutEffect(() => {
    update.current = () => {
      const frame = frameRef.current;
      const canvas = canvasRef.current;
      // Until the drawer is here, a gesture moves the SVG itself.
      if (frame && canvas && createCopy) (copy.current ??= createCopy(frame, canvas)).update(!!preview, snapshot, drawing, live.inGesture());
    };
    update.current();
  });
  return (
    <div ref={frameRef} className="timeline__frame" style={preview ? { transform: preview } : undefined}>
      {children}
      <canvas ref={canvasRef} className="timeline__snapshot" width={0} height={0} aria-hidden="true" />
    </div>
  );
}
