// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createLayerCopy, drawLayerSnapshot, drawLayerSnapshotInSteps } from './draw-layer-snapshot';

// jsdom has neither a 2D canvas nor Path2D nor computed SVG paint: a recording context, a Path2D that
// remembers what it was made of, and computed styles per class stand in for them.
class FakePath2D {
  readonly ops: string[] = [];
  constructor(readonly d?: string) {}
  rect(...a: number[]) { this.ops.push(`rect ${a.join(' ')}`); }
  roundRect(...a: number[]) { this.ops.push(`roundRect ${a.join(' ')}`); }
  moveTo(...a: number[]) { this.ops.push(`moveTo ${a.join(' ')}`); }
  lineTo(...a: number[]) { this.ops.push(`lineTo ${a.join(' ')}`); }
  arc(...a: number[]) { this.ops.push(`arc ${a.slice(0, 3).join(' ')}`); }
}

function recordingContext() {
  const calls: string[] = [];
  const state = { globalAlpha: 1, fillStyle: '', strokeStyle: '', lineWidth: 1, lineJoin: 'miter', font: '', textAlign: 'left', textBaseline: 'alphabetic' };
  const shape = (p: FakePath2D) => (p.d ?? p.ops.join(', '));
  const ctx = {
    ...state,
    setTransform: (...a: number[]) => calls.push(`setTransform ${a.join(' ')}`),
    transform: (...a: number[]) => calls.push(`transform ${a.join(' ')}`),
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    setLineDash: () => undefined,
    fill(p: FakePath2D) { calls.push(`fill ${shape(p)} ${this.fillStyle} α${this.globalAlpha}`); },
    stroke(p: FakePath2D) { calls.push(`stroke ${shape(p)} ${this.strokeStyle} w${this.lineWidth} α${this.globalAlpha}`); },
    fillText(t: string, x: number, y: number) { calls.push(`fillText "${t}" ${x} ${y} ${this.textAlign} ${this.font}`); },
    strokeText(t: string, x: number, y: number) { calls.push(`strokeText "${t}" ${x} ${y}`); },
  };
  return { ctx, calls };
}

const BASE = {
  display: 'inline', visibility: 'visible', opacity: '1', fill: 'rgb(0, 0, 0)', fillOpacity: '1', stroke: 'none', strokeOpacity: '1',
  strokeWidth: '1', strokeDasharray: 'none', strokeLinejoin: 'miter', paintOrder: 'normal', fontStyle: 'normal', fontWeight: '400',
  fontSize: '12px', fontFamily: 'sans-serif', textAnchor: 'start', markerEnd: 'none', markerStart: 'none',
};
/** Computed style by class, as the stylesheet would give it. */
const STYLES: Record<string, Partial<typeof BASE>> = {
  band: { fill: 'rgb(200, 0, 0)', fillOpacity: '0.25', stroke: 'rgb(200, 0, 0)', strokeOpacity: '0.5' },
  halo: { fill: 'rgb(10, 10, 10)', stroke: 'rgb(255, 255, 255)', strokeWidth: '3', paintOrder: 'stroke' },
  dimmed: { opacity: '0.5' },
  pill: { textAnchor: 'middle', fontWeight: '600' },
  hidden: { display: 'none' },
  patterned: { fill: 'url("#stripes")' },
};

let computed: ReturnType<typeof vi.fn>;
beforeEach(() => {
  vi.stubGlobal('Path2D', FakePath2D);
  computed = vi.fn((el: Element) => ({ ...BASE, ...STYLES[el.getAttribute('class') ?? ''] }) as unknown as CSSStyleDeclaration);
  vi.spyOn(window, 'getComputedStyle').mockImplementation(computed as never);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function layer(markup: string, width = 400, height = 300) {
  // Parsed as an SVG document (not an HTML sink), then adopted into the page's.
  const parsed = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${markup}</svg>`, 'image/svg+xml');
  return document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
}

function draw(svg: SVGSVGElement, rows = { top: 0, bottom: 300 }, ratio = 1) {
  const { ctx, calls } = recordingContext();
  const canvas = { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
  const ok = drawLayerSnapshot(svg, canvas, rows, ratio);
  return { ok, calls, canvas };
}

describe('drawLayerSnapshot', () => {
  it('draws shapes in document order with their computed fill and stroke', () => {
    const { ok, calls } = draw(layer('<rect class="band" x="10" y="20" width="30" height="8" rx="2"/><path d="M0,0h5v5z"/><line x1="1" y1="2" x2="1" y2="9"/>'));
    expect(ok).toBe(true);
    expect(calls.filter((c) => !c.startsWith('setTransform'))).toEqual([
      'fill roundRect 10 20 30 8 2 rgb(200, 0, 0) α0.25',
      'stroke roundRect 10 20 30 8 2 rgb(200, 0, 0) w1 α0.5',
      'fill M0,0h5v5z rgb(0, 0, 0) α1',
      // A line's fill covers nothing (as in SVG); the base style gives it no stroke.
      'fill moveTo 1 2, lineTo 1 9 rgb(0, 0, 0) α1',
    ]);
  });

  it('paints the stroke first where paint-order says so (the halo under a label), and places text by its anchor', () => {
    const { calls } = draw(layer('<text class="halo" x="5" y="14">Talks in Jeddah</text><text class="pill" x="50" y="10">12</text>'));
    expect(calls.filter((c) => c.includes('Text'))).toEqual([
      'strokeText "Talks in Jeddah" 5 14',
      'fillText "Talks in Jeddah" 5 14 left normal 400 12px sans-serif',
      'fillText "12" 50 10 center normal 600 12px sans-serif',
    ]);
  });

  it('multiplies the opacity of groups into what they hold, and skips what is not displayed', () => {
    const { calls } = draw(layer('<g class="dimmed"><g class="dimmed"><path d="M1,1z"/></g></g><path class="hidden" d="M2,2z"/>'));
    expect(calls.filter((c) => c.startsWith('fill'))).toEqual(['fill M1,1z rgb(0, 0, 0) α0.25']);
  });

  it('gives up on what it cannot paint (a pattern fill)', () => {
    expect(draw(layer('<path d="M1,1z"/><rect class="patterned" x="0" y="0" width="5" height="5"/>')).ok).toBe(false);
  });

  it('computes a style once per kind of element, not once per element', () => {
    const marks = Array.from({ length: 50 }, (_, i) => `<rect class="band" x="${i}" y="0" width="4" height="4"/>`).join('');
    draw(layer(`<g>${marks}</g>`));
    // The svg, the group, and one band.
    expect(computed).toHaveBeenCalledTimes(3);
  });

  it('covers only the rows asked for, at the pixel ratio, shifted to their top', () => {
    const { canvas, calls } = draw(layer('<path d="M1,1z"/>', 400, 3000), { top: 1000, bottom: 1600 }, 2);
    expect([canvas.width, canvas.height]).toEqual([800, 1200]);
    expect(calls[0]).toBe('setTransform 2 0 0 2 0 -2000');
  });
});

/** A layer like the timeline's: a scene group of lanes of marks, and a group of labels. */
function sceneLayer(lanes: readonly number[], labels: number) {
  const lane = (marks: number, l: number) =>
    `<g class="${l % 2 ? 'dimmed' : ''}" transform="translate(0, ${l * 20})">${Array.from({ length: marks }, (_, i) => `<rect class="band" x="${i}" y="0" width="4" height="4"/><path d="M${i},1z"/>`).join('')}</g>`;
  const texts = Array.from({ length: labels }, (_, i) => `<text class="halo" x="${i}" y="9">Label ${i}</text>`).join('');
  return layer(`<g class="scene">${lanes.map(lane).join('')}</g><g class="labels">${texts}</g>`);
}

describe('drawLayerSnapshotInSteps', () => {
  it('draws the same as in one piece, whatever the step, and yields between slices of about `step` elements', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 6 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 30 }), (lanes, labels, step) => {
        const svg = sceneLayer(lanes, labels);
        const whole = draw(svg);
        const { ctx, calls } = recordingContext();
        const canvas = { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
        const steps = drawLayerSnapshotInSteps(svg, canvas, { top: 0, bottom: 300 }, 1, step);
        let yields = 0;
        let next = steps.next();
        for (; !next.done; next = steps.next()) yields++;
        expect(next.value).toBe(true);
        expect(calls).toEqual(whole.calls);
        // Each element is drawn once; a yield comes only after `step` of them (a lane is drawn whole).
        const elements = svg.querySelectorAll('*').length;
        expect(yields).toBeLessThanOrEqual(Math.floor(elements / step));
        if (lanes.every((marks) => 2 * marks + 1 <= step) && labels <= step) expect(yields).toBeGreaterThanOrEqual(Math.floor(elements / (2 * step)) - 1);
      }),
      { numRuns: 60 },
    );
  });

  it('gives up mid-way on what it cannot paint, as in one piece', () => {
    const svg = layer(`<g class="scene">${'<path d="M1,1z"/>'.repeat(20)}<rect class="patterned" x="0" y="0" width="5" height="5"/></g>`);
    const { ctx } = recordingContext();
    const canvas = { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
    const steps = drawLayerSnapshotInSteps(svg, canvas, { top: 0, bottom: 300 }, 1, 5);
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value).toBe(false);
  });
});

describe('createLayerCopy', () => {
  let idle: Array<() => void>;
  let drawn: number;
  beforeEach(() => {
    idle = [];
    // Idle periods on demand, each with time for one step of the drawing (a step always runs).
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => {
      idle.push(() => callback({ didTimeout: false, timeRemaining: () => 0 }));
      return idle.length;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      idle[handle - 1] = () => {};
    });
    drawn = 0;
  });
  afterEach(() => {
    document.body.replaceChildren();
  });

  /** The layer in its frame, as LiveFrame renders it, and a LayerCopy of it. */
  function copyOf(svg: SVGSVGElement) {
    const { ctx } = recordingContext();
    const canvas = Object.assign(document.createElement('canvas'), {
      getContext: () => {
        drawn++;
        return ctx;
      },
    });
    const frame = document.createElement('div');
    frame.append(svg, canvas);
    document.body.append(frame);
    const copy = createLayerCopy(frame, canvas);
    const shown = () => frame.classList.contains('is-snapshot');
    return { copy, canvas, shown };
  }
  const runIdle = () => {
    while (idle.length > 0) idle.shift()!();
  };

  it('draws the copy ahead at rest, in idle time, and a gesture then shows it without drawing', () => {
    // More than SNAPSHOT_STEP elements: two idle periods.
    const { copy, canvas, shown } = copyOf(sceneLayer([300, 300], 10));
    const drawing = {};
    copy.update(false, true, drawing, false);
    expect(drawn).toBe(0);
    idle.shift()!();
    expect(idle).toHaveLength(1);
    runIdle();
    expect(drawn).toBe(1);
    expect(shown()).toBe(false);
    // A move straight to its end (a key) is not copied.
    copy.update(true, true, drawing, false);
    expect(shown()).toBe(false);
    copy.update(true, true, drawing, true);
    expect(shown()).toBe(true);
    expect(drawn).toBe(1);
    expect([canvas.style.top, canvas.style.height]).toEqual(['0px', '300px']);
    // The gesture rests where it began: the copy stays for the next one.
    copy.update(false, true, drawing, false);
    expect(shown()).toBe(false);
    copy.update(true, true, drawing, true);
    expect(shown()).toBe(true);
    expect(drawn).toBe(1);
  });

  it('stops drawing ahead for marks that changed, draws the copy at the gesture when it comes first, and frees a copy of marks gone', () => {
    const { copy, canvas, shown } = copyOf(sceneLayer([300, 300], 10));
    const before = {};
    const after = {};
    copy.update(false, true, before, false);
    idle.shift()!();
    copy.update(false, true, after, false);
    // A gesture before the copy of the new marks is drawn ahead: it draws it now.
    copy.update(true, true, after, true);
    expect(shown()).toBe(true);
    expect(drawn).toBe(2);
    runIdle();
    expect(drawn).toBe(2);
    // The layout where it rests: other marks; their copy is drawn ahead, the old one freed at once.
    const next = {};
    canvas.width = 400;
    copy.update(false, true, next, false);
    expect(shown()).toBe(false);
    expect(canvas.width).toBe(0);
    runIdle();
    expect(drawn).toBe(3);
    // A small scene: no copy kept.
    copy.update(false, false, next, false);
    expect(canvas.width).toBe(0);
  });

  it('leaves alone a layer it cannot copy, or one holding the focus', () => {
    const { copy, shown } = copyOf(layer('<rect class="patterned" x="0" y="0" width="5" height="5"/>'));
    const drawing = {};
    copy.update(false, true, drawing, false);
    runIdle();
    expect(drawn).toBe(1);
    copy.update(false, true, drawing, false);
    copy.update(true, true, drawing, true);
    runIdle();
    expect(shown()).toBe(false);
    expect(drawn).toBe(1);

    const focused = copyOf(layer('<a href="#x" tabindex="0"><path d="M1,1z"/></a>'));
    const mark = focused.canvas.parentElement!.querySelector('a') as unknown as HTMLElement;
    mark.focus();
    expect(document.activeElement).toBe(mark);
    focused.copy.update(true, true, {}, true);
    expect(focused.shown()).toBe(false);
    // The next gesture, focus elsewhere: copied.
    mark.blur();
    focused.copy.update(false, true, {}, false);
    focused.copy.update(true, true, {}, true);
    expect(focused.shown()).toBe(true);
  });
});
