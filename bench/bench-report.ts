import { median } from './bench-stats.ts';
import type { RunRecord } from './measure-run.ts';

/** One line of the results table: how to read a figure from a run, and the goal it is held to. */
export interface Metric {
  label: string;
  get: (run: RunRecord) => number | undefined;
  /** The figure must stay below this. */
  under?: number;
  digits?: number;
}

const kb = (n: number | undefined) => (n === undefined ? undefined : n / 1024);

/** The figures of the timeline issue, and the ones that explain them. */
export const METRICS: readonly Metric[] = [
  { label: 'ready: navigation → parley:ready, ms', get: (r) => r.readyMs, under: 1000 },
  { label: '  painted (task after the ready frame), ms', get: (r) => r.paintedMs },
  { label: '  DOMContentLoaded, ms', get: (r) => r.domContentLoadedMs },
  { label: '  model downloaded (responseEnd), ms', get: (r) => r.modelResponseEndMs },
  { label: '  model parsed (parley:model-parsed), ms', get: (r) => r.modelParsedMs },
  { label: 'after parse: ready − model parsed, ms', get: (r) => r.afterParseMs, under: 300 },
  { label: '  everything drawn (parley:complete), ms', get: (r) => r.completeMs },
  { label: 'busy until (last long frame), ms', get: (r) => r.busyUntilMs },
  { label: 'longest main-thread task while loading, ms', get: (r) => r.longestTaskMs },
  { label: '  longest task before ready / long tasks, ms', get: (r) => r.longestTaskToReadyMs },
  { label: 'JS heap at ready, MB', get: (r) => r.heapAtReadyMB, under: 60, digits: 1 },
  { label: 'JS heap after GC, MB', get: (r) => r.heapAfterGcMB, under: 60, digits: 1 },
  { label: 'DOM elements at ready', get: (r) => r.domElements },
  { label: '  DOM elements, everything drawn', get: (r) => r.domElementsQuiet },
  { label: 'frame p95, zoom + pan, ms', get: (r) => r.interaction?.all?.p95Ms, under: 16.7, digits: 1 },
  { label: '  frame median, zoom + pan, ms', get: (r) => r.interaction?.all?.medianMs, digits: 1 },
  { label: '  frame p95, 20 wheel steps, ms', get: (r) => r.interaction?.zoom?.p95Ms, digits: 1 },
  { label: '  frames > 25 ms in the 20 wheel steps', get: (r) => r.interaction?.zoom?.droppedFrames },
  { label: '  frame p95, drag pan (zoomed in), ms', get: (r) => r.interaction?.pan?.p95Ms, digits: 1 },
  { label: '  frames > 25 ms in the drag', get: (r) => r.interaction?.pan?.droppedFrames },
  { label: '  frame max, ms', get: (r) => r.interaction?.all?.maxMs, digits: 1 },
  { label: '  long frames > 50 ms', get: (r) => r.interaction?.all?.longFrames },
  { label: '  frames > 25 ms (≥ 1 dropped)', get: (r) => r.interaction?.all?.droppedFrames },
  { label: '  idle frame p95 (floor), ms', get: (r) => r.idleFrames?.p95Ms, digits: 1 },
  { label: '  20 wheel steps wall, ms', get: (r) => r.interaction?.zoomWallMs },
  { label: '  wheel + drag script / style / layout, ms', get: (r) => r.interaction?.mainThread?.scriptMs },
  { label: 'initial JS gzip, KB', get: (r) => kb(r.bytes?.jsGzip), under: 130, digits: 1 },
  { label: '  initial JS raw, KB', get: (r) => kb(r.bytes?.jsRaw), digits: 1 },
  { label: '  CSS gzip / raw, KB', get: (r) => kb(r.bytes?.cssGzip), digits: 1 },
  { label: 'JS fetched after ready (zoom, links), gzip KB', get: (r) => kb(r.deferredBytes?.jsGzip), digits: 1 },
  { label: 'relations matrix: click → drawn, ms', get: (r) => r.relationsMs, under: 300 },
  { label: '  relations matrix: click → painted, ms', get: (r) => r.relationsPaintedMs },
  { label: '  relations matrix, rows / columns', get: (r) => (r.relationsSize ? 0 : undefined) },
];

/**
 * The goals of the 100,000-event case (issue 16): ready ≤ 3 s, busy until ≤ 4 s, no task over 200 ms
 * while loading, heap ≤ 250 MB at ready, zoom + pan p95 ≤ 33 ms. Figures without a goal there keep none.
 */
const LARGE_GOALS: Record<string, number> = {
  'ready: navigation → parley:ready, ms': 3000,
  'busy until (last long frame), ms': 4000,
  'longest main-thread task while loading, ms': 200,
  'JS heap at ready, MB': 250,
  'frame p95, zoom + pan, ms': 33.4,
};
export const LARGE_MODEL_METRICS: readonly Metric[] = METRICS.map((metric) => ({ ...metric, under: LARGE_GOALS[metric.label] }));

const show = (v: number | undefined, digits = 0) => (v === undefined ? '–' : v.toFixed(digits));

/** Special cells that show two or three figures at once. */
function cell(metric: Metric, run: RunRecord): string {
  if (metric.label.includes('script / style / layout')) {
    const m = run.interaction?.mainThread;
    return m ? `${m.scriptMs}/${m.styleMs}/${m.layoutMs}` : '–';
  }
  if (metric.label.includes('before ready / long tasks')) return `${show(run.longestTaskToReadyMs)}/${show(run.longTasks)}`;
  if (metric.label.includes('CSS gzip / raw')) return `${show(kb(run.bytes?.cssGzip), 1)}/${show(kb(run.bytes?.cssRaw), 1)}`;
  if (metric.label.includes('rows / columns')) return run.relationsSize ?? '–';
  return show(metric.get(run), metric.digits);
}

/** A plain-text table: the median of the runs, each run, and the goal with ✓ / ✗. */
export function formatTable(title: string, runs: readonly RunRecord[], metrics: readonly Metric[] = METRICS): string {
  const ok = runs.filter((r) => r.status === 'ok');
  const failed = runs.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.error}`);
  const rows = metrics
    .filter((m) => ok.some((r) => m.get(r) !== undefined))
    .map((m) => {
      const mid = median(ok.map(m.get));
      const verdict = m.under === undefined || mid === undefined ? '' : `${mid < m.under ? '✓' : '✗'} < ${m.under}`;
      const medianCell = m.label.includes(' / ') ? '' : show(mid, m.digits);
      return [m.label, medianCell, ...ok.map((r) => cell(m, r)), verdict];
    });
  const header = ['', `median of ${ok.length}`, ...ok.map((_, i) => `run ${i + 1}`), 'goal'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) => row.map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0))).join('  ');
  return [`${title}`, line(header), ...rows.map(line), ...failed.map((f) => `  FAILED ${f}`)].join('\n');
}
