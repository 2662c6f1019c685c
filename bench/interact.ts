import type { Page } from '@playwright/test';
import { frameStats, type FrameStats } from './bench-stats.ts';

/** 10 wheel steps zooming in, 10 zooming out, as in the peer harness (negative deltaY = zoom in). */
export const ZOOM_STEPS: readonly number[] = [...Array<number>(10).fill(-100), ...Array<number>(10).fill(100)];
const STEP_GAP_MS = 50;
const PAN_MOVES = 10;
const PAN_STEP_PX = 30;
/** What is wheeled and dragged: the hit area spans the whole plot, so the centre is never empty space. */
const PLOT = '#timeline-plot';

export interface InteractionResult {
  status: 'ok' | 'error';
  error?: string;
  /** Frames from the first wheel step to 500 ms after the mouse is released. */
  all?: FrameStats;
  zoom?: FrameStats;
  pan?: FrameStats;
  /** Wall time of the 20 wheel steps (≈ 20 × 50 ms + input latency). */
  zoomWallMs?: number;
  /** The URL's time window before, after zooming in, after zooming out and after the pan: proof the gestures did something. */
  probe?: string[];
  mainThread?: { taskMs: number; scriptMs: number; styleMs: number; layoutMs: number; layouts: number };
}

type FrameWindow = Window & { __frames?: number[]; __stopFrames?: boolean };

/** Wheel-zooms in and out over the plot centre, then drags it 300 px, while a rAF loop stamps frames. */
export async function interact(page: Page, timeoutMs: number): Promise<InteractionResult> {
  const deadline = Date.now() + timeoutMs;
  const probe = () => page.evaluate(() => `${document.querySelectorAll('#timeline-plot *').length} nodes ${location.search || '(all)'}`);
  try {
    const box = await page.locator(PLOT).boundingBox();
    if (!box) throw new Error(`${PLOT} not found`);
    // The plot can be taller than the viewport (one lane per actor): aim at the centre of its visible part.
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    const top = Math.max(box.y, 0);
    const bottom = Math.min(box.y + box.height, viewport.height);
    const x = box.x + box.width / 2;
    const y = (top + bottom) / 2;
    const probes = [await probe()];
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
    const zoomStart = await now();
    const wall0 = Date.now();
    for (const [i, deltaY] of ZOOM_STEPS.entries()) {
      if (Date.now() > deadline) throw new Error(`interaction took over ${timeoutMs / 1000} s (${i}/20 wheel steps)`);
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(STEP_GAP_MS);
      if (i === ZOOM_STEPS.length / 2 - 1) probes.push(await probe());
    }
    const zoomWallMs = Date.now() - wall0;
    // d3-zoom ends a wheel gesture 150 ms after the last step; let it commit before the pan starts.
    await page.waitForTimeout(250);
    probes.push(await probe());
    const panStart = await now();
    await page.mouse.down();
    for (let i = 1; i <= PAN_MOVES; i++) {
      await page.mouse.move(x + i * PAN_STEP_PX, y);
      await page.waitForTimeout(STEP_GAP_MS);
    }
    await page.mouse.up();
    const panEnd = await now();
    await page.waitForTimeout(500);
    probes.push(await probe());
    const frames = await page.evaluate(() => {
      const w = window as FrameWindow;
      w.__stopFrames = true;
      return w.__frames ?? [];
    });
    const between = (a: number, b: number) => frames.filter((t) => t >= a && t <= b);
    return {
      status: 'ok',
      all: frameStats(frames.filter((t) => t >= zoomStart)),
      zoom: frameStats(between(zoomStart, panStart)),
      pan: frameStats(between(panStart, panEnd + 100)),
      zoomWallMs,
      probe: probes,
    };
  } catch (e) {
    return { status: 'error', error: String((e as Error).message ?? e).slice(0, 300) };
  }
}
