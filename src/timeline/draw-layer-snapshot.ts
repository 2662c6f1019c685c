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

/**
 * Draws `svg` (the part between `rows`) into `canvas`, sized to the SVG's width attribute and the
 * rows, at `pixelRatio`; the caller places the canvas at `rows.top`. Answers false, leaving the canvas
 * in an unspecified state, when the layer holds something it cannot draw.
 */
export function drawLayerSnapshot(svg: SVGSVGElement, canvas: HTMLCanvasElement, rows: SnapshotRows, pixelRatio = 1): boolean {
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

  const draw = (el: Element, parentKey: string, opacity: number): boolean => {
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
  return draw(svg, '', 1);
}
