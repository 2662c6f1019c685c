import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { TimeSpan } from '../model/types';
import type { LiveWindow } from './live-window';
import { previewTransformOf } from './layout/view-window';
import type { drawLayerSnapshot as DrawLayerSnapshot } from './draw-layer-snapshot';
import { afterFirstPaint } from './first-paint';
import { useLiveWindow } from './use-live-window';

// The drawer (~1.5 KB gzip) is for gestures, which come after the first paint (as d3-zoom does):
// it loads then, and until it has, a gesture moves the SVG itself.
let drawSnapshot: typeof DrawLayerSnapshot | undefined;
let loading: Promise<unknown> | undefined;
const loadDrawer = () =>
  (loading ??= afterFirstPaint()
    .then(() => import('./draw-layer-snapshot'))
    .then(
      (module) => (drawSnapshot = module.drawLayerSnapshot),
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
   * (see drawLayerSnapshot), unless focus is inside it.
   */
  snapshot: boolean;
  children: ReactNode;
}

/** Rows drawn beyond the screen's edges: a gesture is horizontal, but the page may scroll a little meanwhile. */
const ROW_MARGIN = 200;

/**
 * The rows of the layer on screen (plus a margin): one rect read, once per gesture, at its start,
 * when layout is clean but for the axis of this very frame. A tall scene (one lane per actor) is
 * thousands of px; its full copy cost more to upload than to draw.
 */
function visibleRowsOf(svg: SVGSVGElement) {
  const height = svg.height.baseVal.value;
  const top = svg.getBoundingClientRect().top;
  const from = Math.max(0, Math.floor(-top - ROW_MARGIN));
  const to = Math.min(height, Math.ceil(window.innerHeight - top + ROW_MARGIN));
  return to > from ? { top: from, bottom: to } : undefined;
}

type SnapshotState = { kind: 'off' } | { kind: 'on'; of: ReactNode } | { kind: 'declined' };

/**
 * The wrapper that moves the drawn marks to the window on screen while they wait for their next
 * layout: on every frame of a gesture this one element re-renders (its children are the same
 * elements, so React does not look into them) and the browser only moves it. An HTML element, not
 * the <svg>: a transform on the <svg> itself has Chromium lay out every text in it again per frame.
 *
 * A large scene's SVG is not what moves: moving thousands of nodes re-rasters them all on every
 * frame, or (composited) re-layerizes their paint chunks, ~30 ms per frame either way at 10,000
 * events. At its first frame a gesture paints the layer into a canvas, makes the SVG transparent (not
 * painted, and nothing is laid out or restyled again) and moves the canvas, in a compositing layer of its own; the SVG comes
 * back in the commit that lays the marks out for where the gesture rests.
 */
export function LiveFrame({ live, drawn, width, snapshot, children }: LiveFrameProps) {
  const shown = useLiveWindow(live);
  const preview = previewTransformOf(drawn, shown, width);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const state = useRef<SnapshotState>({ kind: 'off' });
  useEffect(() => {
    if (snapshot) void loadDrawer();
  }, [snapshot]);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const canvas = canvasRef.current;
    if (!frame || !canvas) return;
    const current = state.current;
    if (!preview || !snapshot) {
      if (current.kind === 'on') {
        frame.classList.remove('is-snapshot');
        // Free the bitmap: a tall scene's copy is megabytes.
        canvas.width = 0;
        canvas.height = 0;
      }
      state.current = { kind: 'off' };
      return;
    }
    // Already moving the copy of these very marks, or declined for this gesture.
    if (current.kind === 'declined' || (current.kind === 'on' && current.of === children)) return;
    // A move straight to its end (a key, a button) is shown for a moment only, until its layout: not
    // worth a copy. A gesture's frames are.
    if (current.kind === 'off' && !live.inGesture()) return;
    const svg = frame.querySelector<SVGSVGElement>(':scope > svg');
    const rows = svg && visibleRowsOf(svg);
    // A focused mark stays as it is (its focus ring on screen): keys that zoom move the SVG itself.
    if (!svg || !rows || !drawSnapshot || frame.contains(document.activeElement) || !drawSnapshot(svg, canvas, rows, window.devicePixelRatio || 1)) {
      if (current.kind === 'on') frame.classList.remove('is-snapshot');
      state.current = { kind: 'declined' };
      return;
    }
    canvas.style.width = `${svg.width.baseVal.value}px`;
    canvas.style.height = `${rows.bottom - rows.top}px`;
    canvas.style.top = `${rows.top}px`;
    frame.classList.add('is-snapshot');
    state.current = { kind: 'on', of: children };
  });
  return (
    <div ref={frameRef} className="timeline__frame" style={preview ? { transform: preview } : undefined}>
      {children}
      <canvas ref={canvasRef} className="timeline__snapshot" width={0} height={0} aria-hidden="true" />
    </div>
  );
}
