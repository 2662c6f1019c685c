import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_TIME_FORMATTERS, NUMBER_INTERPOLATORS, viteNumberScalesPlugin } from './vite-number-scales-plugin.ts';

type Interpolate = (a: number, b: number) => (t: number) => number;
type Interpolators = { interpolate: Interpolate; interpolateNumber: Interpolate; interpolateRound: Interpolate; piecewise: (values: number[]) => (t: number) => number };

// d3-interpolate's definitions (src/number.js, round.js, piecewise.js), written out: d3-interpolate is
// not a dependency of its own here, only of d3-scale and d3-transition.
const interpolateNumber: Interpolate = (a, b) => (t) => a * (1 - t) + b * t;
const interpolateRound: Interpolate = (a, b) => (t) => Math.round(a * (1 - t) + b * t);
function piecewise(interpolate: Interpolate, values: number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return interpolate(values[i]!, values[i + 1]!)(t - i);
  };
}
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

  it('interpolates numbers exactly as d3-interpolate’s number, round and piecewise interpolators do', () => {
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

describe('viteNumberScalesPlugin: no d3-time-format for d3-scale', () => {
  it('gives d3-scale formatters that throw when called, and leaves other importers alone', async () => {
    const plugin = viteNumberScalesPlugin();
    const resolve = plugin.resolveId as (source: string, importer?: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolve('d3-time-format', '/app/node_modules/d3-scale/src/time.js');
    expect(id).toEqual(expect.any(String));
    expect(resolve('d3-time-format', '/app/src/timeline/axis.ts')).toBeNull();
    const code = load(id!)!;
    expect(code).toBe(NO_TIME_FORMATTERS);
    const shim = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { utcFormat: (s: string) => (d: Date) => string; timeFormat: (s: string) => (d: Date) => string };
    // A time scale builds its default formats eagerly: building one must work, using one must not.
    const format = shim.utcFormat('%B');
    expect(() => format(new Date(0))).toThrow(/d3-time-format is not bundled/);
    expect(() => shim.timeFormat('%Y')(new Date(0))).toThrow(/%Y/);
  });
});
