// `npm run bench:load-cpu -- [--runs N] [--model bench-data/model-100000.json] [<dir>]`: the main
// thread's tasks while a model loads, from a Chromium trace, with their thread (CPU) time beside their
// wall time. `npm run bench` times the load by the clock, which a busy 2-core VM stretches several
// times over (a 150 ms task measures 1 s at load average 20); a task's thread time hardly moves, so
// this tells whether the load's longest task would pass 200 ms on a quiet machine, and what it is.
// The dir (default dist-bench/) needs `bench-data/` (written by `npm run bench`).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, VIEWPORT } from './measure-run.ts';
import { startStaticServer } from './static-server.ts';
import { median } from './bench-stats.ts';
import { findChromium } from '../scripts/find-chromium.mjs';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } } };

interface LoadCpu {
  /** Thread time of the main thread's tasks, navigation → parley:ready and → parley:complete. */
  readyCpu: number;
  completeCpu: number;
  /** The longest task by thread time, its wall time, and what ran in it. */
  longestCpu: number;
  longestWall: number;
  longestWhat: string;
  /** The five longest tasks by thread time: "CPU/wall ms what". */
  top: string[];
  /** Tasks over 50 ms of thread time. */
  over50: number;
  /** The model worker's thread time (parse, validate, normalize, pack). */
  workerCpu: number;
}

const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);

/** The three largest events inside a task (by thread time), to say what the task was doing. */
function describe(task: TraceEvent, events: readonly TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const inner = events.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.name !== 'ThreadControllerImpl::RunTask');
  const label = (e: TraceEvent) => {
    const data = e.args?.data as { functionName?: string; url?: string; type?: string } | undefined;
    return [e.name, data?.type, data?.functionName, data?.url?.split('/').at(-1)].filter(Boolean).join(' ');
  };
  const top = inner.sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 3);
  return top.length ? top.map((e) => `${label(e)} ${ms(e.tdur)}`).join(' > ') : '?';
}

/**
 * A thread's CPU time: the thread time of its outermost traced events (not only
 * ThreadControllerImpl::RunTask: a worker reading a transferred stream runs its work outside those).
 */
function topLevelCpu(events: readonly TraceEvent[], thread: TraceEvent | undefined, from: number): number {
  if (!thread) return 0;
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.tdur !== undefined && e.ts >= from).sort((a, b) => a.ts - b.ts);
  let sum = 0;
  let coveredUntil = -Infinity;
  for (const e of own) {
    if (e.ts < coveredUntil) continue;
    sum += e.tdur ?? 0;
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return sum;
}

async function measureLoad(origin: string, model: string, chromiumPath: string): Promise<LoadCpu> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    // The protocol types trace events as string maps; they are the Trace Event Format's objects.
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // disabled-by-default-devtools.timeline: its RunTask events are the only ones around a worker's work
    // that runs from a transferred stream's reads (model-worker.ts reads the model's body so).
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
    await page.goto(`${origin}/?model=${model}`);
    await page.waitForFunction(() => performance.getEntriesByName('parley:complete').length > 0, null, { timeout: 300_000 });
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('parley:ready')[0]?.startTime ?? 0,
      complete: performance.getEntriesByName('parley:complete')[0]?.startTime ?? 0,
    }));
    await cdp.send('Tracing.end');
    await complete;

    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const worker = events.find((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread' && e.pid === main?.pid);
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main?.pid)?.ts ?? events.find((e) => e.pid === main?.pid)?.ts ?? 0;
    const tasksOf = (thread: TraceEvent | undefined) =>
      events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid && e.ts >= nav);
    const tasks = tasksOf(main).filter((e) => e.ts <= nav + marks.complete * 1000);
    const cpuUntil = (t: number) => ms(tasks.filter((e) => e.ts <= nav + t * 1000).reduce((sum, e) => sum + (e.tdur ?? 0), 0));
    const longest = tasks.reduce<TraceEvent | undefined>((a, e) => ((e.tdur ?? 0) > (a?.tdur ?? -1) ? e : a), undefined);
    return {
      readyCpu: cpuUntil(marks.ready),
      completeCpu: cpuUntil(marks.complete),
      longestCpu: ms(longest?.tdur),
      longestWall: ms(longest?.dur),
      longestWhat: longest ? describe(longest, events) : '',
      top: [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 5).map((e) => `${ms(e.tdur)}/${ms(e.dur)} ms ${describe(e, events)}`),
      over50: tasks.filter((e) => (e.tdur ?? 0) > 50_000).length,
      workerCpu: ms(topLevelCpu(events, worker, nav)),
    };
  } finally {
    await browser.close();
  }
}

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv.splice(at, 2)[1] : undefined;
};
const runs = Number(flag('--runs') ?? 3);
const model = flag('--model') ?? 'bench-data/model-100000.json';
const dir = argv[0] ?? 'dist-bench';
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:load-cpu -- [--runs 3] [--model bench-data/model-100000.json] [<dir>]');
  process.exit(2);
}
const chromiumPath = findChromium()?.path;
if (!chromiumPath) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
const server = await startStaticServer(dir);
const records: LoadCpu[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const r = await measureLoad(server.origin, model, chromiumPath);
    records.push(r);
    process.stderr.write(`run ${run + 1}: longest tasks (thread/wall time, the largest event inside): ${r.top.join('; ')}\n`);
  }
} finally {
  await server.close();
}
const row = (label: string, key: Exclude<keyof LoadCpu, 'longestWhat' | 'top'>) =>
  console.log(`  ${label.padEnd(46)} ${String(median(records.map((r) => r[key]))).padStart(7)}   ${records.map((r) => r[key]).join(' / ')}`);
console.log(`${model}, ${dir}: main-thread CPU while loading, ms (median, then each of ${runs} runs)`);
row('main thread CPU, navigation → ready', 'readyCpu');
row('main thread CPU, navigation → everything drawn', 'completeCpu');
row('longest task, thread time', 'longestCpu');
row('  the same task, wall time', 'longestWall');
row('tasks over 50 ms of thread time', 'over50');
row('model worker CPU', 'workerCpu');
