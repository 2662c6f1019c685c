import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { frameStats, type FrameStats } from './bench-stats.ts';
import { interact, type InteractionResult } from './interact.ts';

/** The flags every benchmark browser is launched with (the same as the peer harness). */
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const VIEWPORT = { width: 1280, height: 800 };

export interface RunOptions {
  /** Chromium executable. */
  readonly chromiumPath: string;
  readonly url: string;
  /** Also run the wheel-zoom + drag-pan interaction and record frame times. */
  readonly interact: boolean;
  /** Cap for ready (and for the interaction), ms. */
  readonly timeoutMs: number;
  /** Receives the CDP session before navigation and after ready/interaction (CPU profiling). */
  readonly hooks?: RunHooks;
}

export interface RunHooks {
  beforeNavigation?: (cdp: CDPSession) => Promise<void>;
  afterReady?: (cdp: CDPSession) => Promise<void>;
  beforeInteraction?: (cdp: CDPSession) => Promise<void>;
  afterInteraction?: (cdp: CDPSession) => Promise<void>;
}

export interface ScriptBytes { path: string; type: string; bytes: number; gzip: number }

export interface RunRecord {
  url: string;
  status: 'ok' | 'error' | 'timeout';
  error?: string;
  /** Navigation start → `parley:ready` (the rAF after the first timeline render). */
  readyMs?: number;
  /** Navigation start → the page's `__painted` stamp (a task after the ready frame). */
  paintedMs?: number;
  /** Navigation start → `parley:model-parsed` (fetched, parsed and validated), when the app marks it. */
  modelParsedMs?: number;
  /** Navigation start → `parley:complete`: the rows below the window drawn too (the first paint draws what the window shows). */
  completeMs?: number;
  /** DOM elements once the page went quiet (everything drawn). */
  domElementsQuiet?: number;
  /** ready − model parsed: React render, scene layout, layout and paint of the first frame. */
  afterParseMs?: number;
  /** Model download finished (resource timing responseEnd) and DOMContentLoaded, ms since navigation start. */
  modelResponseEndMs?: number;
  domContentLoadedMs?: number;
  heapAtReadyMB?: number;
  heapAfterGcMB?: number;
  domElements?: number;
  /** CDP main-thread time from renderer start to the ready sample, ms. */
  mainThreadAtReady?: { taskMs: number; scriptMs: number; styleMs: number; layoutMs: number; layouts: number };
  /** Long tasks / long animation frames after ready, before the page went quiet. */
  busyUntilMs?: number;
  /** The longest main-thread task (Long Tasks API, > 50 ms) from navigation to ready; 0 when none was long. */
  longestTaskToReadyMs?: number;
  /** The longest main-thread task from navigation until the page went quiet (busy until), and how many were long. */
  longestTaskMs?: number;
  longTasks?: number;
  interaction?: InteractionResult;
  /** Frames of an idle second before the interaction: the floor of frame timing on this machine. */
  idleFrames?: FrameStats;
  bytes?: { jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number; files: ScriptBytes[] };
  /** Scripts fetched after ready, until the page went quiet (the zoom behaviour, the link curves). */
  deferredBytes?: { jsRaw: number; jsGzip: number; files: ScriptBytes[] };
  /** The relations matrix of the whole model: click on "Relations" → `parley:relations-ready` (its chunk fetched, the matrix counted, ordered and drawn). */
  relationsMs?: number;
  /** The same click → `parley:relations-painted`: the frame that draws the matrix has been styled, laid out and painted. */
  relationsPaintedMs?: number;
  /** Rows / columns of that matrix. */
  relationsSize?: string;
  consoleErrors: string[];
}

type BenchWindow = Window & {
  __ready?: number; __painted?: number; __error?: unknown; __longFrames?: [number, number][]; __longTasks?: [number, number][];
};
const MB = 2 ** 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const metrics = async (cdp: CDPSession) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;

/** One fresh browser, one navigation, every measurement. Never throws: failures come back as a status. */
export async function measureRun(options: RunOptions): Promise<RunRecord> {
  const record: RunRecord = { url: options.url, status: 'ok', consoleErrors: [] };
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && record.consoleErrors.length < 10 && record.consoleErrors.push(m.text().slice(0, 200)));
    page.on('pageerror', (e) => record.consoleErrors.length < 10 && record.consoleErrors.push(`pageerror: ${e.message.slice(0, 200)}`));
    const responses: Promise<ScriptBytes | undefined>[] = [];
    const deferred: Promise<ScriptBytes | undefined>[] = [];
    let loading = true;
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const path = new URL(response.url()).pathname;
      const isScript = type === 'script' || /\.m?js$/.test(path);
      const isStyle = type === 'stylesheet' || path.endsWith('.css');
      if (!isScript && !isStyle) return;
      (loading ? responses : deferred).push(response.body().then((b) => ({ path, type: isScript ? 'script' : 'stylesheet', bytes: b.length, gzip: gzipSync(b, { level: 6 }).length }), () => undefined));
    });
    // tsx compiles with esbuild's keepNames, which wraps named inner functions of page.evaluate
    // callbacks in __name(); the page needs a no-op of it.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(() => {
      const w = window as BenchWindow;
      w.__longFrames = [];
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks?.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // No Long Tasks API: the longest task is then unknown.
      }
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longFrames?.push([e.startTime, e.duration]);
        }).observe({ type: 'long-animation-frame', buffered: true });
      } catch {
        // Older Chromium: no LoAF; "busy until" is then just ready.
      }
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await options.hooks?.beforeNavigation?.(cdp);

    await page.goto(options.url, { waitUntil: 'commit', timeout: options.timeoutMs });
    const outcome = await page
      .waitForFunction(() => {
        const w = window as BenchWindow;
        if (w.__error) return `error: ${String(w.__error)}`;
        const problem = document.querySelector('.model-error');
        if (problem) return `error: ${problem.textContent?.trim().slice(0, 300)}`;
        return typeof w.__ready === 'number' ? w.__ready : false;
      }, null, { polling: 'raf', timeout: options.timeoutMs })
      .then((h) => h.jsonValue() as Promise<number | string>, () => undefined);
    loading = false;
    if (outcome === undefined) return { ...record, status: 'timeout', error: `not ready within ${options.timeoutMs / 1000} s` };
    if (typeof outcome === 'string') return { ...record, status: 'error', error: outcome };

    const atReady = await metrics(cdp);
    await options.hooks?.afterReady?.(cdp);
    Object.assign(record, await readPhases(page));
    record.heapAtReadyMB = round1(atReady.JSHeapUsedSize! / MB);
    record.mainThreadAtReady = {
      taskMs: ms(atReady.TaskDuration), scriptMs: ms(atReady.ScriptDuration), styleMs: ms(atReady.RecalcStyleDuration),
      layoutMs: ms(atReady.LayoutDuration), layouts: atReady.LayoutCount ?? 0,
    };
    record.busyUntilMs = await waitQuiet(page, record.readyMs ?? 0, 15_000);
    Object.assign(record, await readLongTasks(page, record.readyMs ?? 0, record.busyUntilMs));
    Object.assign(record, await page.evaluate(() => ({
      completeMs: Math.round(performance.getEntriesByName('parley:complete', 'mark')[0]?.startTime ?? NaN) || undefined,
      domElementsQuiet: document.getElementsByTagName('*').length,
    })));
    // The wait for ready polls by frame, so a script the page asked for just after ready can answer
    // before this side knows it is ready: what counts as initial is what was *requested* before ready,
    // by the page's own resource timing (read now, when every request has ended).
    const requestedAfterReady = new Set(
      await page.evaluate(
        (readyAt) => performance.getEntriesByType('resource').filter((e) => e.startTime >= readyAt).map((e) => new URL(e.name).pathname),
        record.readyMs ?? Infinity,
      ),
    );
    const early = (await Promise.all(responses)).filter((f): f is ScriptBytes => f !== undefined);
    const later = [...early.filter((f) => requestedAfterReady.has(f.path)), ...(await Promise.all(deferred))]
      .filter((f): f is ScriptBytes => f !== undefined && f.type === 'script');
    record.deferredBytes = { jsRaw: later.reduce((s, f) => s + f.bytes, 0), jsGzip: later.reduce((s, f) => s + f.gzip, 0), files: later };
    await cdp.send('HeapProfiler.collectGarbage');
    record.heapAfterGcMB = round1((await metrics(cdp)).JSHeapUsedSize! / MB);

    const files = early.filter((f) => !requestedAfterReady.has(f.path));
    const sum = (type: string, key: 'bytes' | 'gzip') => files.filter((f) => f.type === type).reduce((s, f) => s + f[key], 0);
    record.bytes = { jsRaw: sum('script', 'bytes'), jsGzip: sum('script', 'gzip'), cssRaw: sum('stylesheet', 'bytes'), cssGzip: sum('stylesheet', 'gzip'), files };

    if (options.interact) {
      record.idleFrames = await recordIdleFrames(page, 1000);
      await options.hooks?.beforeInteraction?.(cdp);
      record.interaction = await interact(page, options.timeoutMs, async () => {
        const m = await metrics(cdp);
        return { taskMs: ms(m.TaskDuration), scriptMs: ms(m.ScriptDuration), styleMs: ms(m.RecalcStyleDuration), layoutMs: ms(m.LayoutDuration), layouts: m.LayoutCount ?? 0 };
      });
      await options.hooks?.afterInteraction?.(cdp);
    }
    Object.assign(record, await openRelations(page, options.timeoutMs));
    return record;
  } catch (e) {
    return { ...record, status: 'error', error: String((e as Error).message ?? e).slice(0, 400) };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Opens the relations view over every date (Fit all first, as the interaction leaves a zoomed window)
 * and times the click to the frame that draws the matrix (`parley:relations-ready`, marked by the view
 * in that frame's animation callbacks, before its style, layout and paint), and to that frame painted
 * (`parley:relations-painted`, a task the view queues from the frame).
 */
async function openRelations(page: Page, timeoutMs: number): Promise<Pick<RunRecord, 'relationsMs' | 'relationsPaintedMs' | 'relationsSize'>> {
  try {
    const fit = page.getByRole('button', { name: 'Fit all' });
    if (await fit.isVisible()) {
      await fit.click();
      await page.waitForFunction(() => !/[?&]from=/.test(location.search), null, { timeout: timeoutMs });
    }
    await sleep(500);
    const clickedAt = await page.evaluate(() => {
      performance.clearMarks('parley:relations-ready');
      performance.clearMarks('parley:relations-painted');
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Relations');
      const at = performance.now();
      button?.click();
      return button ? at : undefined;
    });
    if (clickedAt === undefined) return {};
    const drawnAt = await page
      .waitForFunction(() => performance.getEntriesByName('parley:relations-ready', 'mark')[0]?.startTime, null, { polling: 'raf', timeout: timeoutMs })
      .then((h) => h.jsonValue() as Promise<number>);
    const paintedAt = await page
      .waitForFunction(() => performance.getEntriesByName('parley:relations-painted', 'mark')[0]?.startTime, null, { polling: 'raf', timeout: timeoutMs })
      .then((h) => h.jsonValue() as Promise<number>);
    const size = await page.evaluate(() => `${document.querySelectorAll('.relations__table tbody tr').length} / ${document.querySelectorAll('.relations__table thead th').length - 1}`);
    return { relationsMs: Math.round(drawnAt - clickedAt), relationsPaintedMs: Math.round(paintedAt - clickedAt), relationsSize: size };
  } catch {
    return {};
  }
}
const ms = (seconds: number | undefined) => Math.round((seconds ?? 0) * 1000);

/** The app's own marks and the navigation / resource timings around them. */
async function readPhases(page: Page) {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const model = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => /\.json(\?|$)/.test(r.name));
    const ready = at('parley:ready') ?? w.__ready;
    const parsed = at('parley:model-parsed');
    const r = (n: number | undefined) => (n === undefined ? undefined : Math.round(n));
    return {
      readyMs: r(ready), paintedMs: r(w.__painted), modelParsedMs: r(parsed),
      afterParseMs: ready !== undefined && parsed !== undefined ? r(ready - parsed) : undefined,
      // A large model is downloaded by the worker (the page's own request is cancelled): the app marks its end.
      modelResponseEndMs: r(at('parley:model-downloaded') ?? model?.responseEnd), domContentLoadedMs: r(nav?.domContentLoadedEventEnd),
      domElements: document.getElementsByTagName('*').length,
    };
  });
}

/** The longest main-thread tasks during the load: up to ready, and up to the end of the busy time after it. */
async function readLongTasks(page: Page, readyMs: number, busyUntilMs: number) {
  const tasks = await page.evaluate(() => (window as BenchWindow).__longTasks ?? []);
  const longest = (until: number) => Math.round(Math.max(0, ...tasks.filter(([start]) => start < until).map(([, duration]) => duration)));
  return {
    longestTaskToReadyMs: longest(readyMs),
    longestTaskMs: longest(busyUntilMs + 1),
    longTasks: tasks.filter(([start]) => start <= busyUntilMs).length,
  };
}

/** Waits until no long animation frame (> 50 ms) has ended for 1 s; returns the end of the last one. */
async function waitQuiet(page: Page, readyMs: number, capMs: number): Promise<number> {
  const start = Date.now();
  for (;;) {
    const { now, frames } = await page.evaluate(() => ({ now: performance.now(), frames: (window as BenchWindow).__longFrames ?? [] }));
    const lastEnd = Math.max(readyMs, ...frames.map(([s, d]) => s + d));
    if (now - lastEnd >= 1000 || Date.now() - start > capMs) return Math.round(lastEnd);
    await sleep(200);
  }
}

async function recordIdleFrames(page: Page, durationMs: number): Promise<FrameStats> {
  const frames = await page.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const stamps: number[] = [];
        const tick = (t: number) => {
          stamps.push(t);
          if (t - (stamps[0] ?? t) < duration) requestAnimationFrame(tick);
          else resolve(stamps);
        };
        requestAnimationFrame(tick);
      }),
    durationMs,
  );
  return frameStats([frames]);
}
