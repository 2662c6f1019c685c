import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { TimeSpan } from '../model/types';
import type { LiveWindow } from './live-window';
import { previewTransformOf } from './layout/view-window';
import type { createLayerCopier as CreateLayerCopier, LayerCopier } from './draw-layer-snapshot';
import { afterFirstPaint } from './first-paint';
import { useLiveWindow } from './use-live-window';

// The drawer (~1.5 KB gzip) is for gestures, which come after the first paint (as d3-zoom does):
// it loads then, and until it has, a gesture moves the SVG itself.
let createCopier: typeof CreateLayerCopier | undefined;
let loading: Promise<unknown> | undefined;
const loadDrawer = () =>
  (loading ??= afterFirstPaint()
    .then(() => import('./draw-layer-snapshot'))
    .then(
      (module) => (createCopier = module.createLayerCopier),
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
   * (see drawLayerSnapshot, createLayerCopier), unless focus is inside it.
   */
  snapshot: boolean;
  /**
   * Changes whenever what the children draw looks different (a new scene, selection, …): the copy
   * drawn ahead for one is not shown for another.
   */
  drawing: unknown;
  children: ReactNode;
}

type SnapshotState = 'off' | 'on' | 'declined';

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
 * new marks (LayerCopier), or, when the gesture comes first, in its first frame.
 */
export function LiveFrame({ live, drawn, width, snapshot, drawing, children }: LiveFrameProps) {
  const shown = useLiveWindow(live);
  const preview = previewTransformOf(drawn, shown, width);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const state = useRef<SnapshotState>('off');
  const copier = useRef<LayerCopier | undefined>(undefined);
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
  useEffect(() => () => copier.current?.stop(), []);
  useLayoutEffect(() => {
    update.current = () => {
      const frame = frameRef.current;
      const canvas = canvasRef.current;
      if (!frame || !canvas) return;
      const current = state.current;
      const svg = frame.querySelector<SVGSVGElement>(':scope > svg');
      if (createCopier) copier.current ??= createCopier(canvas);
      const copies = copier.current;
      if (!preview || !snapshot) {
        if (current === 'on') frame.classList.remove('is-snapshot');
        state.current = 'off';
        // At rest: the copy the next gesture shows is drawn now, in idle time, not in its first frame.
        if (copies && svg) copies.rest(svg, snapshot ? drawing : undefined);
        return;
      }
      // Already moving the copy of these very marks, or declined for this gesture.
      if (current === 'declined' || (current === 'on' && copies?.holds(drawing))) return;
      // A move straight to its end (a key, a button) is shown for a moment only, until its layout: not
      // worth a copy. A gesture's frames are.
      if (current === 'off' && !live.inGesture()) return;
      // A focused mark stays as it is (its focus ring on screen): keys that zoom move the SVG itself.
      const rows = svg && copies && !frame.contains(document.activeElement) ? copies.show(svg, drawing) : undefined;
      if (!svg || !rows) {
        if (current === 'on') frame.classList.remove('is-snapshot');
        state.current = 'declined';
        return;
      }
      canvas.style.width = `${svg.width.baseVal.value}px`;
      canvas.style.height = `${rows.bottom - rows.top}px`;
      canvas.style.top = `${rows.top}px`;
      frame.classList.add('is-snapshot');
      state.current = 'on';
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
