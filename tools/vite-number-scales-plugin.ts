import type { Plugin } from 'vite';

const SHIM = '\0parley:d3-interpolate-numbers';

/**
 * The interpolators d3-scale gets. Its default, `interpolate`, interpolates any value (colours,
 * strings, dates, objects), so the first script carried d3-interpolate whole and d3-color with it
 * (about 6 KB gzip; d3-interpolate is one module, so whatever the zoom chunk uses of it stayed in the
 * first script too). Parley's only d3 scale is the timeline's time scale, whose range is numbers (px),
 * for which d3's value interpolator is its number interpolator: d3-scale gets these, which do what
 * d3-interpolate's number, round and piecewise interpolators do for numbers. Give a scale a colour or
 * string range one day and this must go. d3-zoom and d3-transition, in the zoom chunk, keep d3's own.
 */
export const NUMBER_INTERPOLATORS = `
export function interpolateNumber(a, b) {
  return a = +a, b = +b, function(t) { return a * (1 - t) + b * t; };
}
export function interpolateRound(a, b) {
  return a = +a, b = +b, function(t) { return Math.round(a * (1 - t) + b * t); };
}
export function piecewise(interpolate, values) {
  if (values === undefined) values = interpolate, interpolate = interpolateNumber;
  var i = 0, n = values.length - 1, v = values[0], I = new Array(n < 0 ? 0 : n);
  while (i < n) I[i] = interpolate(v, v = values[++i]);
  return function(t) {
    var i = Math.max(0, Math.min(n - 1, Math.floor(t *= n)));
    return I[i](t - i);
  };
}
export { interpolateNumber as interpolate };
`;

/** Vite plugin: d3-scale imports d3-interpolate's number interpolators only (see NUMBER_INTERPOLATORS). */
export function viteNumberScalesPlugin(): Plugin {
  return {
    name: 'parley-number-scales',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-interpolate' && importer !== undefined && /[\\/]d3-scale[\\/]/.test(importer)) return SHIM;
      return null;
    },
    load(id) {
      return id === SHIM ? NUMBER_INTERPOLATORS : null;
    },
  };
}
