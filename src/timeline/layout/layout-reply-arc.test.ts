import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutReplyArc, locateArcEnd } from './layout-reply-arc';

const WINDOW = { start: 1000, end: 2000 };

describe('layoutReplyArc', () => {
  it('arches above both ends, from the reply to what it answers', () => {
    expect(layoutReplyArc({ x: 300, y: 50 }, { x: 100, y: 80 })).toBe('M300,50Q200,-20 100,80');
  });

  it('bends every arc away from the straight line between its ends, for any two points', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 2000 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: -500, max: 2000 }), fc.integer({ min: 0, max: 900 }), (x0, y0, x1, y1) => {
        const path = layoutReplyArc({ x: x0, y: y0 }, { x: x1, y: y1 });
        const numbers = path.match(/-?[\d.]+/g)!.map(Number);
        // The first control point lies off the chord by at least 10 px.
        const [cx, cy] = [numbers[2]!, numbers[3]!];
        const chord = Math.hypot(x1 - x0, y1 - y0);
        // Ends closer than 8 px make a loop above the mark instead.
        const loop = chord < 8;
        const off = loop ? Math.hypot(cx - x0, cy - y0) : Math.abs((x1 - x0) * (y0 - cy) - (x0 - cx) * (y1 - y0)) / chord;
        expect(off).toBeGreaterThanOrEqual(10);
        expect(path.startsWith(loop ? 'M' : `M${x0},${y0}`)).toBe(true);
      }),
    );
  });

  it('bows a nearly vertical arc out to the right', () => {
    expect(layoutReplyArc({ x: 100, y: 300 }, { x: 104, y: 100 })).toBe('M100,300Q154,200 104,100');
  });

  it('draws a small loop when both ends are on one spot', () => {
    expect(layoutReplyArc({ x: 10, y: 40 }, { x: 10, y: 40 })).toMatch(/^M6,34C/);
  });
});

describe('locateArcEnd', () => {
  it('uses the drawn mark when there is one', () => {
    expect(locateArcEnd({ x: 5, y: 6 }, { start: 0, end: 1 }, WINDOW, 400, 99)).toEqual({ x: 5, y: 6 });
  });

  it('holds an item before or after the window at that edge, on its lane', () => {
    expect(locateArcEnd(undefined, { start: 500, end: 1000 }, WINDOW, 400, 70)).toEqual({ x: 0, y: 70, clipped: 'left' });
    expect(locateArcEnd(undefined, { start: 2000, end: 2100 }, WINDOW, 400, 70)).toEqual({ x: 400, y: 70, clipped: 'right' });
  });

  it('places an undrawn item inside the window (in a cluster) at its time', () => {
    expect(locateArcEnd(undefined, { start: 1200, end: 1300 }, WINDOW, 400, 70)).toEqual({ x: 100, y: 70 });
  });
});
