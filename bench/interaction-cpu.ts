// `npm run bench:cpu -- [--runs N] [--relations-only] <dir>…`: main-thread CPU time of the timeline's interactions at
// 10,000 events, per build, from a Chromium trace (a wheel run from the full extent, then a drag zoomed in, then a
// click on Relations over all dates). Thread time, unlike frame gaps and wall-clock
// durations, hardly changes when other jobs load the machine, so two builds compare on a busy VM.
// Each build dir needs `bench-data/` (copy it from dist-bench/ after `npm run bench`).
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, VIEWPORT } from './measure-run.ts';
import { startStaticServer } from './static-server.ts';
import { median } from './bench-stats.ts';
import { findChromium } from '../scripts/find-chromium.mjs';

/** Zoomed in (about a year of the generated model's fifteen), so a drag moves the window. */
const PAGE = '/?model=bench-data/model-10000.json&from=2022-03-20&to=2023-02-12';
/** Everything: where `npm run bench`'s wheel run starts (all 10,000 events in the scene). */
const PAGE_ALL = '/?model=bench-data/model-10000.json';

interface Cpu {
  task: number; script: number; style: number; layout: number; paint: number;
  /** Tasks over 50 ms of thread time (a layout of the scene), and the CPU of all other tasks: the per-frame work. */
  long: number; short: number;
}

/** Runs `action` under a trace and sums the renderer main thread's CPU time (ms) by kind of work. */
async function traced(cdp: CDPSession, action: () => Promise<unknown>): Promise<Cpu> {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are the Trace Event Format's objects.
  const onData = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid).sort((a, b) => a.ts - b.ts);
  // Outermost events only: a script event can hold another (an event dispatch runs a function call).
  const cpu = (...names: string[]) => {
    let total = 0;
    let outerEnd = -Infinity;
    for (const e of onMain) {
      if (!names.includes(e.name) || e.ts < outerEnd) continue;
      outerEnd = e.ts + (e.dur ?? 0);
      total += e.tdur ?? 0;
    }
    return Math.round(total / 1000);
  };
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask').map((e) => (e.tdur ?? 0) / 1000);
  const long = tasks.filter((t) => t > 50).length;
  const short = Math.round(tasks.filter((t) => t <= 50).reduce((a, b) => a + b, 0));
  return { long, short, task: cpu('ThreadControllerImpl::RunTask'), script: cpu('FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks'), style: cpu('UpdateLayoutTree'), layout: cpu('Layout'), paint: cpu('Paint') };
}

/** A point on an event mark that is not the tab stop: what a reader presses to open an event. */
const markPoint = (page: Page) =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll('.timeline__layer [data-event-id]')) {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      if (y > 150 && y < 750 && r.width < 30 && el.getAttribute('tabindex') !== '0' && document.elementFromPoint(x, y)?.closest('[data-event-id]') === el) return { x, y };
    }
    throw new Error('no event mark to press');
  });

/** `npm run bench`'s wheel run from the full extent: 10 steps in, 10 out, 50 ms apart, then its end. */
async function measureWheel(page: Page, cdp: CDPSession): Promise<Record<string, Cpu>> {
  const box = await page.locator('#timeline-plot').boundingBox();
  if (!box) throw new Error('#timeline-plot not found');
  await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 300, VIEWPORT.height - 100));
  const out: Record<string, Cpu> = {};
  out['wheel, 20 steps'] = await traced(cdp, async () => {
    for (const deltaY of [...Array<number>(10).fill(-100), ...Array<number>(10).fill(100)]) {
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(50);
    }
  });
  out['wheel ends (layout)'] = await traced(cdp, () => page.waitForTimeout(1500));
  return out;
}

async function measure(page: Page, cdp: CDPSession): Promise<Record<string, Cpu>> {
  const box = await page.locator('#timeline-plot').boundingBox();
  if (!box) throw new Error('#timeline-plot not found');
  const [x, y] = [box.x + box.width / 2, Math.min(box.y + 300, VIEWPORT.height - 100)];
  const out: Record<string, Cpu> = {};
  await page.mouse.move(x, y);
  await page.mouse.down();
  out['drag, 10 moves'] = await traced(cdp, async () => {
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(x + i * 30, y);
      await page.waitForTimeout(50);
    }
  });
  out['drag ends (layout)'] = await traced(cdp, async () => {
    await page.mouse.up();
    await page.waitForTimeout(1500);
  });
  out['click that moves nothing'] = await traced(cdp, async () => {
    await page.mouse.move(box.x + 3, box.y + 3);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForTimeout(1500);
  });
  const mark = await markPoint(page);
  await page.mouse.move(mark.x, mark.y);
  out['mousedown on a mark'] = await traced(cdp, async () => {
    await page.mouse.down();
    await page.waitForTimeout(1500);
  });
  await page.mouse.up();
  return out;
}

/**
 * A click on Relations over all dates, as `npm run bench` times it: from the click until the frame that
 * draws the matrix has been painted (`parley:relations-painted`), so its style, layout and paint count.
 * The page has been idle for a while, as a reader's would be before they open another view.
 */
async function measureRelations(page: Page, cdp: CDPSession): Promise<Record<string, Cpu>> {
  const clear = () => performance.clearMarks('parley:relations-painted');
  await page.evaluate(clear);
  const cpu = await traced(cdp, async () => {
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Relations')?.click());
    await page.waitForFunction(() => performance.getEntriesByName('parley:relations-painted').length > 0, null, { timeout: 60_000 });
  });
  return { 'relations: click → painted': cpu };
}

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const relationsOnly = argv.includes('--relations-only');
const dirs = argv.filter((a, i) => a !== '--runs' && a !== '--relations-only' && i !== runsAt + 1);
if (dirs.length === 0 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:cpu -- [--runs 3] [--relations-only] <dir> [<dir> …]');
  process.exit(2);
}
const chromiumPath = findChromium()?.path;
if (!chromiumPath) throw new Error('No Chromium found (see scripts/find-chromium.mjs).');
const results = new Map<string, Record<string, Cpu>[]>(dirs.map((d) => [d, []]));
for (let run = 0; run < runs; run++) {
  for (const dir of dirs) {
    const server = await startStaticServer(dir);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const cdp = await page.context().newCDPSession(page);
      const open = async (path: string) => {
        await page.goto(server.origin + path);
        await page.waitForFunction(() => performance.getEntriesByName('parley:complete').length > 0, null, { timeout: 180_000 });
        await page.waitForTimeout(2000);
      };
      let record: Record<string, Cpu> = {};
      if (!relationsOnly) {
        await open(PAGE_ALL);
        const wheel = await measureWheel(page, cdp);
        await open(PAGE);
        record = { ...wheel, ...(await measure(page, cdp)) };
      }
      await open(PAGE_ALL);
      results.get(dir)!.push({ ...record, ...(await measureRelations(page, cdp)) });
      process.stderr.write(`${dir} run ${run + 1} done\n`);
    } finally {
      await browser.close();
      await server.close();
    }
  }
}
console.log(`main-thread CPU ms (median of ${runs}): task = all work; script / style / layout / paint are parts of it; long = tasks over 50 ms, short = CPU of the others`);
for (const [dir, records] of results) {
  console.log(dir);
  for (const name of Object.keys(records[0] ?? {})) {
    const cell = (k: keyof Cpu) => `${k} ${median(records.map((r) => r[name]![k]))}`;
    console.log(`  ${name.padEnd(26)} ${(['task', 'script', 'style', 'layout', 'paint', 'long', 'short'] as const).map(cell).join('  ')}`);
  }
}
