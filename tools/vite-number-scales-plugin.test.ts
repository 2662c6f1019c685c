import fc from 'fast-check';
import { interpolateNumber, interpolateRound, piecewise } from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { NUMBER_INTERPOLATORS, viteNumberScalesPlugin } from './vite-number-scales-plugin.ts';

type Interpolators = { interpolate: typeof interpolateNumber; interpolateNumber: typeof interpolateNumber; interpolateRound: typeof interpolateRound; piecewise: typeof piecewise };
const shim = (await import(`data:text/javascript,${encodeURIComponent(NUMBER_INTERPOLATORS)}`)) as Interpolators;

const number = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const t = fc.double({ min: 0, max: 1, noNaN: true });

describe('viteNumberScalesPlugin', () => {
  it('gives d3-scale, and nothing else, the number interpolators', () => {
    const plugin = viteNumberScalesPlugin();
    const resolve = plugin.resolveId as (source: string, importer?: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolve('d3-interpolate', '/app/node_modules/d3-scale/dist/d3-scale.mjs');
    expect(id).toEqual(expect.any(String));
    expect(load(id!)).toBe(NUMBER_INTERPOLATORS);
    expect(resolve('d3-interpolate', '/app/node_modules/d3-transition/src/transition/interpolate.js')).toBeNull();
    expect(resolve('d3-interpolate', '/app/src/timeline/timeline.tsx')).toBeNull();
    expect(resolve('d3-color', '/app/node_modules/d3-scale/dist/d3-scale.mjs')).toBeNull();
  });

  it('interpolates numbers exactly as d3-interpolate does', () => {
    fc.assert(
      fc.property(number, number, t, (a, b, at) => {
        expect(shim.interpolate(a, b)(at)).toBe(interpolateNumber(a, b)(at));
        expect(shim.interpolateNumber(a, b)(at)).toBe(interpolateNumber(a, b)(at));
        expect(shim.interpolateRound(a, b)(at)).toBe(interpolateRound(a, b)(at));
      }),
    );
    fc.assert(
      fc.property(fc.array(number, { minLength: 2, maxLength: 6 }), t, (values, at) => {
        expect(shim.piecewise(values)(at)).toBe(piecewise(interpolateNumber, values)(at));
      }),
    );
  });
});
