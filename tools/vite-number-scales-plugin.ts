import type { Plugin } from 'vite';

const SHIM = '\0parley:d3-interpolate-numbers';
const NO_TIME_FORMAT = '\0parley:d3-scale-no-time-format';

/**
 * What d3-scale gets for d3-time-format. A time scale builds its default tick formats when it is
 * created (so the import cannot simply go), but Parley never asks a scale for them: the axis writes
 * its own labels (select-axis-ticks.ts). The locale machinery was ~3 KB gzip of the first script.
 * A formatter called anyway says so instead of printing something wrong.
 */
export const NO_TIME_FORMATTERS = `
function unused(specifier) {
  return function () { throw new Error('d3-time-format is not bundled (scale.tickFormat, "' + specifier + '"): format dates in src/, as select-axis-ticks.ts does'); };
}
export { unused as timeFormat, unused as utcFormat };
`;

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

/** Vite plugin: d3-scale imports d3-interpolate's number interpolators only (see NUMBER_INTERPOLATORS), and no d3-time-format (NO_TIME_FORMATTERS). */
export function viteNumberScalesPlugin(): Plugin {
  return {
    name: 'parley-number-scales',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-interpolate' && importer !== undefined && /[\\/]d3-scale[\\/]/.test(importer)) return SHIM;
      if (source === 'd3-time-format' && importer !== undefined && /[\\/]d3-scale[\\/]/.test(importer)) return NO_TIME_FORMAT;
      return null;
    },
    load(id) {
      if (id === NO_TIME_FORMAT) return NO_TIME_FORMATTERS;
      return id === SHIM ? NUMBER_INTERPOLATORS : null;
    },
  };
}
