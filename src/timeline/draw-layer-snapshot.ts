import { runSteps, type Steps } from './scene/run-steps';

/**
 * Paints the marks' SVG layer into a canvas, as it looks now: what a large scene's gesture moves
 * instead of the SVG (see LiveFrame). Moving thousands of SVG nodes costs, on every frame, either a
 * re-raster of all of them (~28 ms per frame on these 2-core VMs, software raster) or, with the layer
 * composited, a re-layerization of their paint chunks (~30 ms); a canvas is one bitmap, moved for free.
 *
 * It draws what the layer is made of: paths, rects, lines, circles and texts, with their computed
 * fill, stroke, opacity, paint order and font, in document order. Anything else (a pattern or gradient
 * fill, a marker, an image) makes it give up and answer false: the caller then moves the SVG itself.
 * It reads computed style, never layout, and computes a style once per kind of element (same tag,
 * classes, inline style and parent), not per element.
 */

interface Paint {
  readonly skip: boolean;
  readonly opacity: number;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeOpacity: number;
  readonly strokeWidth: number;
  readonly dash: number[];
  readonly lineJoin: CanvasLineJoin;
  readonly strokeFirst: boolean;
  readonly font: string;
  readonly align: CanvasTextAlign;
  /** A fill or stroke this drawer cannot paint (url(#…)), or a marker. */
  readonly unsupported: boolean;
}

const DRAWN = new Set(['path', 'rect', 'line', 'circle', 'text']);
const CONTAINERS = new Set(['g', 'svg', 'a']);
/** Definitions and titles are not drawn; what refers to them is caught as unsupported. */
const IGNORED = new Set(['defs', 'title', 'desc', 'marker', 'pattern', 'clipPath', 'linearGradient', 'radialGradient', 'mask', 'style', 'tspan']);

function paintOf(style: CSSStyleDeclaration): Paint {
  const fill = style.fill;
  const stroke = style.stroke;
  const align = style.textAnchor === 'middle' ? 'center' : style.textAnchor === 'end' ? 'right' : 'left';
  const dash = style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map(parseFloat).filter((n) => Number.isFinite(n));
  return {
    skip: style.display === 'none' || style.visibility !== 'visible',
    opacity: parseFloat(style.opacity) || 0,
    fill,
    fillOpacity: parseFloat(style.fillOpacity),
    stroke,
    strokeOpacity: parseFloat(style.strokeOpacity),
    strokeWidth: parseFloat(style.strokeWidth) || 0,
    dash,
    lineJoin: (style.strokeLinejoin as CanvasLineJoin) || 'miter',
    strokeFirst: style.paintOrder.startsWith('stroke'),
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    align,
    unsupported: fill.includes('url(') || stroke.includes('url(') || (style.markerEnd !== '' && style.markerEnd !== 'none') || (style.markerStart !== '' && style.markerStart !== 'none'),
  };
}

const num = (el: Element, name: string) => parseFloat(el.getAttribute(name) ?? '0') || 0;

function shapeOf(el: Element, tag: string): Path2D | undefined {
  if (tag === 'path') {
    const d = el.getAttribute('d');
    return d ? new Path2D(d) : undefined;
  }
  const path = new Path2D();
  if (tag === 'rect') {
    const [x, y, w, h] = [num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height')];
    const rx = Math.min(num(el, 'rx') || num(el, 'ry'), w / 2, h / 2);
    if (rx > 0) path.roundRect(x, y, w, h, rx);
    else path.rect(x, y, w, h);
  } else if (tag === 'line') {
    path.moveTo(num(el, 'x1'), num(el, 'y1'));
    path.lineTo(num(el, 'x2'), num(el, 'y2'));
  } else if (tag === 'circle') {
    path.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
  }
  return path;
}

/** The rows of the layer a snapshot covers, in its own px (a tall scene's copy covers what is on screen). */
export interface SnapshotRows {
  readonly top: number;
  readonly bottom: number;
}

/** Elements drawn between two yields of drawLayerSnapshotInSteps: a few ms on a slow machine. */
export const SNAPSHOT_STEP = 1_000;

/**
 * Draws `svg` (the part between `rows`) into `canvas`, sized to the SVG's width attribute and the
 * rows, at `pixelRatio`; the caller places the canvas at `rows.top`. Answers false, leaving the canvas
 * in an unspecified state, when the layer holds something it cannot draw.
 */
export function drawLayerSnapshot(svg: SVGSVGElement, canvas: HTMLCanvasElement, rows: SnapshotRows, pixelRatio = 1): boolean {
  return runSteps(drawLayerSnapshotInSteps(svg, canvas, rows, pixelRatio));
}

/**
 * drawLayerSnapshot, yielding after about every `step` elements (between the children of the layer's
 * top two levels of groups): drawn ahead, in idle time, a copy of 10,000 events' marks is ~40 ms.
 * The SVG must not change between two steps (the caller starts again when it does). The drawing is
 * the same whatever the step.
 */
export function* drawLayerSnapshotInSteps(svg: SVGSVGElement, canvas: HTMLCanvasElement, rows: SnapshotRows, pixelRatio = 1, step = SNAPSHOT_STEP): Steps<boolean> {
  const width = num(svg, 'width');
  const height = Math.max(0, rows.bottom - rows.top);
  canvas.width = Math.max(1, Math.round(width * pixelRatio));
  canvas.height = Math.max(1, Math.round(height * pixelRatio));
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, -rows.top * pixelRatio);
  const paints = new Map<string, Paint>();

  const paintFor = (el: Element, parentKey: string): [Paint, string] => {
    const key = `${parentKey}>${el.tagName}.${el.getAttribute('class') ?? ''}{${el.getAttribute('style') ?? ''}}`;
    let paint = paints.get(key);
    if (!paint) paints.set(key, (paint = paintOf(getComputedStyle(el))));
    return [paint, key];
  };

  let drawn = 0;
  const draw = (el: Element, parentKey: string, opacity: number): boolean => {
    drawn++;
    const tag = el.tagName;
    if (IGNORED.has(tag)) return true;
    if (!DRAWN.has(tag) && !CONTAINERS.has(tag)) return false;
    const [paint, key] = paintFor(el, parentKey);
    if (paint.skip && tag !== 'g' && tag !== 'svg') return true;
    if (paint.unsupported) return false;
    const alpha = opacity * (el === svg ? 1 : paint.opacity);
    if (alpha <= 0) return true;
    const transform = el !== svg && (el as SVGGraphicsElement).transform?.baseVal.consolidate();
    if (transform) {
      ctx.save();
      const m = transform.matrix;
      ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
    }
    try {
      if (CONTAINERS.has(tag)) {
        for (const child of el.children) if (!draw(child, key, alpha)) return false;
        return true;
      }
      const shape = tag === 'text' ? undefined : shapeOf(el, tag);
      const fill = () => {
        if (paint.fill === 'none' || paint.fillOpacity <= 0) return;
        ctx.globalAlpha = alpha * paint.fillOpacity;
        ctx.fillStyle = paint.fill;
        if (tag === 'text') ctx.fillText(el.textContent ?? '', num(el, 'x'), num(el, 'y'));
        else if (shape) ctx.fill(shape);
      };
      const stroke = () => {
        if (paint.stroke === 'none' || paint.strokeWidth <= 0 || paint.strokeOpacity <= 0) return;
        ctx.globalAlpha = alpha * paint.strokeOpacity;
        ctx.strokeStyle = paint.stroke;
        ctx.lineWidth = paint.strokeWidth;
        ctx.lineJoin = paint.lineJoin;
        ctx.setLineDash(paint.dash);
        if (tag === 'text') ctx.strokeText(el.textContent ?? '', num(el, 'x'), num(el, 'y'));
        else if (shape) ctx.stroke(shape);
      };
      if (tag === 'text') {
        ctx.font = paint.font;
        ctx.textAlign = paint.align;
        ctx.textBaseline = 'alphabetic';
      }
      if (paint.strokeFirst) {
        stroke();
        fill();
      } else {
        fill();
        stroke();
      }
      return true;
    } finally {
      if (transform) ctx.restore();
    }
  };
  // The top two levels of groups (the layer, its scene and labels) are walked here, yielding between
  // their children; what lies below is drawn by `draw` in one piece.
  const drawInSteps = function* (el: Element, parentKey: string, opacity: number, depth: number): Steps<boolean> {
    const tag = el.tagName;
    if (depth >= 2 || !CONTAINERS.has(tag)) {
      const ok = draw(el, parentKey, opacity);
      if (drawn >= step) {
        drawn = 0;
        yield;
      }
      return ok;
    }
    const [paint, key] = paintFor(el, parentKey);
    if (paint.unsupported) return false;
    const alpha = opacity * (el === svg ? 1 : paint.opacity);
    if (alpha <= 0) return true;
    const transform = el !== svg && (el as SVGGraphicsElement).transform?.baseVal.consolidate();
    for (const child of el.children) {
      if (transform) {
        ctx.save();
        const m = transform.matrix;
        ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
      }
      let ok: boolean;
      try {
        ok = yield* drawInSteps(child, key, alpha, depth + 1);
      } finally {
        if (transform) ctx.restore();
      }
      if (!ok) return false;
    }
    return true;
  };
  return yield* drawInSteps(svg, '', 1, 0);
}

/** Rows drawn beyond the screen's edges: a gesture is horizontal, but the page may scroll a little meanwhile. */
const ROW_MARGIN = 200;

/** Until this much of an idle period is left, a slice of the copy drawn ahead goes on. */
const IDLE_RESERVE_MS = 2;

/**
 * The rows of the layer on screen (plus a margin): one rect read, at rest or at a gesture's start,
 * when layout is clean but for the axis of this very frame. A tall scene (one lane per actor) is
 * thousands of px; its full copy cost more to upload than to draw.
 */
function visibleRowsOf(svg: SVGSVGElement): SnapshotRows | undefined {
  const height = num(svg, 'height');
  const top = svg.getBoundingClientRect().top;
  const from = Math.max(0, Math.floor(-top - ROW_MARGIN));
  const to = Math.min(height, Math.ceil(window.innerHeight - top + ROW_MARGIN));
  return to > from ? { top: from, bottom: to } : undefined;
}

/** What a canvas holds: a copy of `of` (a drawing, see LayerCopier), of these rows, at this width. */
interface Copy {
  readonly of: unknown;
  readonly rows: SnapshotRows;
  readonly width: number;
}

/** The copy covers what is on screen now: it has the margin, and the page may have scrolled since. */
function covers(copy: Copy, width: number, rows: SnapshotRows): boolean {
  const top = Math.min(rows.top + ROW_MARGIN, rows.bottom);
  const bottom = Math.max(rows.bottom - ROW_MARGIN, top);
  return copy.width === width && copy.rows.top <= top && copy.rows.bottom >= bottom;
}

/** The canvas copy of a layer that LiveFrame moves during a gesture instead of the layer. */
export interface LayerCopy {
  /**
   * After each commit: `moved`, the layer is moved by a transform (a gesture, or a layout on its
   * way); `wanted`, a large scene; `drawing`, any value that changes whenever the layer looks
   * different; `inGesture`, the move comes from a gesture's frames.
   */
  update(moved: boolean, wanted: boolean, drawing: unknown, inGesture: boolean): void;
  /** Stops drawing ahead (the layer is leaving). */
  stop(): void;
}

/**
 * The LayerCopy of the layer in `frame`, drawn into `canvas`. At its first frame a gesture shows the
 * copy, makes the SVG transparent (class is-snapshot) and moves the copy; it ends in the commit that
 * lays the marks out where the gesture rests. Not copied: a move straight to its end (keys, buttons:
 * shown for a moment only), a gesture while focus is in the layer (the marks move themselves, focus
 * ring and all), a layer this drawer cannot paint.
 *
 * The copy (~40 ms of drawing at 10,000 events) is drawn ahead, in slices in idle time after each
 * commit of new marks, so the gesture's first frame does not draw it; a commit of other marks, or a
 * gesture, stops that (the gesture then draws its copy itself). A copy of marks no longer on screen
 * is freed (a tall scene's copy is megabytes).
 */
export function createLayerCopy(frame: HTMLElement, canvas: HTMLCanvasElement): LayerCopy {
  let state: 'off' | 'on' | 'declined' = 'off';
  let copy: Copy | undefined;
  let ahead: { of: unknown; idle: number } | undefined;
  // A drawing found to hold what cannot be copied: not tried again.
  let refused: unknown;
  const stop = () => {
    if (ahead) cancelIdleCallback(ahead.idle);
    ahead = undefined;
  };
  const free = () => {
    copy = undefined;
    canvas.width = 0;
    canvas.height = 0;
  };
  // The canvas's place over the layer: set as soon as a copy is drawn (ahead, the layout it costs is
  // in idle time, not in the gesture's first frame) and only when it changes.
  const place = (rows: SnapshotRows, width: number) => {
    const style = { width: `${width}px`, height: `${rows.bottom - rows.top}px`, top: `${rows.top}px` };
    for (const [name, value] of Object.entries(style)) if (canvas.style.getPropertyValue(name) !== value) canvas.style.setProperty(name, value);
  };
  const drawAhead = (svg: SVGSVGElement, of: unknown) => {
    stop();
    if (typeof requestIdleCallback !== 'function') return;
    let steps: Steps<boolean> | undefined;
    let rows: SnapshotRows | undefined;
    const job = { of, idle: 0 };
    const slice = (deadline: IdleDeadline) => {
      if (ahead !== job) return;
      if (!steps) {
        rows = svg.isConnected ? visibleRowsOf(svg) : undefined;
        if (!rows) return stop();
        steps = drawLayerSnapshotInSteps(svg, canvas, rows, window.devicePixelRatio || 1);
      }
      for (;;) {
        const step = steps.next();
        if (step.done) {
          ahead = undefined;
          if (step.value && rows) {
            copy = { of, rows, width: num(svg, 'width') };
            place(rows, copy.width);
          } else {
            free();
            refused = of;
          }
          return;
        }
        if (deadline.timeRemaining() < IDLE_RESERVE_MS) break;
      }
      job.idle = requestIdleCallback(slice);
    };
    ahead = job;
    job.idle = requestIdleCallback(slice);
  };
  /** The rows of a copy of `of` covering the screen, drawn now unless drawn ahead; undefined: cannot copy. */
  const show = (svg: SVGSVGElement, of: unknown): SnapshotRows | undefined => {
    const rows = refused === of ? undefined : visibleRowsOf(svg);
    if (!rows) return undefined;
    if (copy && copy.of === of && covers(copy, num(svg, 'width'), rows)) return copy.rows;
    stop();
    copy = undefined;
    if (!drawLayerSnapshot(svg, canvas, rows, window.devicePixelRatio || 1)) {
      refused = of;
      return undefined;
    }
    copy = { of, rows, width: num(svg, 'width') };
    return rows;
  };
  return {
    update(moved, wanted, drawing, inGesture) {
      const svg = frame.querySelector<SVGSVGElement>(':scope > svg');
      if (!moved || !wanted) {
        if (state === 'on') frame.classList.remove('is-snapshot');
        state = 'off';
        if (copy && (copy.of !== drawing || !wanted)) free();
        if (!wanted) stop();
        // At rest: the copy the next gesture shows is drawn now, in idle time, not in its first frame.
        else if (svg && !copy && ahead?.of !== drawing && refused !== drawing) drawAhead(svg, drawing);
        return;
      }
      // Already moving the copy of these very marks, or declined for this gesture.
      if (state === 'declined' || (state === 'on' && copy?.of === drawing)) return;
      if (state === 'off' && !inGesture) return;
      const rows = svg && !frame.contains(document.activeElement) ? show(svg, drawing) : undefined;
      if (!svg || !rows) {
        if (state === 'on') frame.classList.remove('is-snapshot');
        state = 'declined';
        return;
      }
      place(rows, num(svg, 'width'));
      frame.classList.add('is-snapshot');
      state = 'on';
    },
    stop,
  };
}
