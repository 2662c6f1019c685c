import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { createTimeScale } from './create-time-scale';
import { createViewTransform, IDENTITY_TRANSFORM, invertX, rescaleTime } from './view-transform';

const base = createTimeScale({ start: Date.UTC(2024, 7, 6), end: Date.UTC(2025, 2, 18) }, 1200);

describe('rescaleTime', () => {
  it('is the base scale under the identity', () => {
    expect(rescaleTime(base, IDENTITY_TRANSFORM).domain()).toEqual(base.domain());
  });

  it('matches d3-zoom’s transform.rescaleX for any zoom and offset', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: -1e6, max: 0, noNaN: true }), (k, x) => {
        const ours = rescaleTime(base, createViewTransform(k, x)).domain().map(Number);
        const d3s = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain().map(Number);
        expect(ours[0]).toBeCloseTo(d3s[0]!, -1);
        expect(ours[1]).toBeCloseTo(d3s[1]!, -1);
      }),
    );
  });

  it('maps a base position to where the zoom draws it, and invertX maps it back', () => {
    const t = createViewTransform(4, -600);
    const time = base.invert(500);
    expect(rescaleTime(base, t)(time)).toBeCloseTo(4 * 500 - 600, 6);
    expect(invertX(t, 4 * 500 - 600)).toBeCloseTo(500, 9);
  });
});
