import type { Page } from '@playwright/test';
import { frameStats, type FrameStats } from './bench-stats.ts';

/** 10 wheel steps zooming in, 10 zooming out, as in the peer harness (negative deltaY = zoom in). */
export const ZOOM_STEPS: readonly number[] = [...Array<number>(10).fill(-100), ...Array<number>(10).fill(100)];
/**
 * Untimed, between the wheel run and the drag: the wheel run ends at the full extent, where a drag is
 * clamped and moves nothing, so zoom in first (10 steps ≈ 4×) to drag a window that can move.
 */
const PAN_SETUP_STEPS: readonly number[] = Array<number>(10).fill(-100);
const STEP_GAP_MS = 50;
/** d3-zoom ends a wheel gesture 150 ms after the last step; this lets it commit. */
const SETTLE_MS = 250;
const PAN_MOVES = 10;
const PAN_STEP_PX = 30;
/** What is wheeled and dragged: the hit area spans the whole plot, so the centre is never empty space. */
const PLOT = '#timeline-plot';

/** Main-thread time of a stretch of the interaction (CDP Performance metrics), ms. */
export interface MainThread { taskMs: number; scriptMs: number; styleMs: number; layoutMs: number; layouts: number }

export interface InteractionResult {
  status: 'ok' | 'error';
  error?: string;
  /** The wheel run and the drag together (gaps within each, not across the untimed zoom-in between). */
  all?: FrameStats;
  /** From the first wheel step to 250 ms after the last (the gesture's end and its commit). */
  zoom?: FrameStats;
  /** From mouse down to 100 ms after mouse up, zoomed in, the window moving. */
  pan?: FrameStats;
  /** Wall time of the 20 wheel steps (≈ 20 × 50 ms + input latency). */
  zoomWallMs?: number;
  /** Node count and URL window before, after zooming in, after zooming out, before and after the pan: proof the gestures did something. */
  probe?: string[];
  /** Across the timed stretches only (the wheel run and the drag). */
  mainThread?: MainThread;
}

type FrameWindow = Window & { __frames?: number[]; __stopFrames?: boolean };

/**
 * Wheel-zooms in and out over the plot centre, zooms in (untimed), then drags the plot 300 px, while
 * a rAF loop stamps frames. `sample` reads the main thread's cumulative times (CDP), if given.
 */
export async function interact(page: Page, timeoutMs: number, sample?: () => Promise<MainThread>): Promise<InteractionResult> {
  const deadline = Date.now() + timeoutMs;
  const probe = () => page.evaluate(() => `${document.querySelectorAll('#timeline-plot *').length} nodes ${location.search || '(all)'}`);
  const wheel = async (steps: readonly number[], probeAfter?: number) => {
    for (const [i, deltaY] of steps.entries()) {
      if (Date.now() > deadline) throw new Error(`interaction took over ${timeoutMs / 1000} s (${i}/${steps.length} wheel steps)`);
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(STEP_GAP_MS);
      if (i === probeAfter) probes.push(await probe());
    }
  };
  const probes: string[] = [];
  /** The window's start in a probe's URL (null for the full extent). */
  const windowOf = (p: string) => new URLSearchParams(p.replace(/^\d+ nodes /, '')).get('from');
  /** Until the URL passes `test`, up to 3 s (then the check below says what it was). */
  const waitForUrl = async (test: (search: string) => boolean) => {
    for (const until = Date.now() + 3_000; Date.now() < until; await page.waitForTimeout(50)) {
      if (test(await page.evaluate(() => location.search))) return;
    }
  };
  try {
    const box = await page.locator(PLOT).boundingBox();
    if (!box) throw new Error(`${PLOT} not found`);
    // The plot can be taller than the viewport (one lane per actor): aim at the centre of its visible part.
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    const top = Math.max(box.y, 0);
    const bottom = Math.min(box.y + box.height, viewport.height);
    const x = box.x + box.width / 2;
    const y = (top + bottom) / 2;
    probes.push(await probe());
    await page.mouse.move(x, y);
    await page.evaluate(() => {
      const w = window as FrameWindow;
      w.__frames = [];
      w.__stopFrames = false;
      const tick = (t: number) => {
        w.__frames?.push(t);
        if (!w.__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.waitForTimeout(200);
    const now = () => page.evaluate(() => performance.now());

    const zoomThread = await sample?.();
    const zoomStart = await now();
    const wall0 = Date.now();
    await wheel(ZOOM_STEPS, ZOOM_STEPS.length / 2 - 1);
    const zoomWallMs = Date.now() - wall0;
    await page.waitForTimeout(SETTLE_MS);
    const zoomEnd = await now();
    const zoomThreadEnd = await sample?.();
    probes.push(await probe());

    await wheel(PAN_SETUP_STEPS);
    // The gesture's end, then the URL, written 250 ms after the window stops changing: on a busy VM
    // later than that, so wait for it (untimed) rather than for a fixed time.
    await page.waitForTimeout(SETTLE_MS + 300);
    await waitForUrl((search) => windowOf(search) !== null);
    const beforePan = await probe();
    probes.push(beforePan);

    const panThread = await sample?.();
    const panStart = await now();
    await page.mouse.down();
    for (let i = 1; i <= PAN_MOVES; i++) {
      await page.mouse.move(x + i * PAN_STEP_PX, y);
      await page.waitForTimeout(STEP_GAP_MS);
    }
    await page.mouse.up();
    const panEnd = (await now()) + 100;
    await page.waitForTimeout(100);
    const panThreadEnd = await sample?.();
    // After the timed stretch: the URL follows the pan once the window rests.
    await waitForUrl((search) => windowOf(search) !== windowOf(beforePan));
    const afterPan = await probe();
    probes.push(afterPan);
    const frames = await page.evaluate(() => {
      const w = window as FrameWindow;
      w.__stopFrames = true;
      return w.__frames ?? [];
    });
    if (!windowOf(beforePan) || windowOf(beforePan) === windowOf(afterPan)) {
      throw new Error(`the drag did not pan a zoomed-in window (${beforePan} → ${afterPan})`);
    }
    const between = (a: number, b: number) => frames.filter((t) => t >= a && t <= b);
    const zoomFrames = between(zoomStart, zoomEnd);
    const panFrames = between(panStart, panEnd);
    return {
      status: 'ok',
      all: frameStats([zoomFrames, panFrames]),
      zoom: frameStats([zoomFrames]),
      pan: frameStats([panFrames]),
      zoomWallMs,
      probe: probes,
      ...(zoomThread && zoomThreadEnd && panThread && panThreadEnd
        ? { mainThread: addThread(difference(zoomThreadEnd, zoomThread), difference(panThreadEnd, panThread)) }
        : {}),
    };
  } catch (e) {
    return { status: 'error', error: String((e as Error).message ?? e).slice(0, 300), probe: probes };
  }
}

const keys = ['taskMs', 'scriptMs', 'styleMs', 'layoutMs', 'layouts'] as const;
const combine = (a: MainThread, b: MainThread, sign: 1 | -1): MainThread =>
  Object.fromEntries(keys.map((k) => [k, a[k] + sign * b[k]])) as unknown as MainThread;
const difference = (end: MainThread, start: MainThread) => combine(end, start, -1);
const addThread = (a: MainThread, b: MainThread) => combine(a, b, 1);
