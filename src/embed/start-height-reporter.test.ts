import { describe, expect, it, vi } from 'vitest';
import { startHeightReporter, type HeightReporterWindow } from './start-height-reporter.ts';

const HOST = 'https://news.example';

/** An element whose size the test sets, a ResizeObserver that fires on demand, and frames run by hand. */
function setup(options: { framed?: boolean; observer?: boolean } = {}) {
  let height = 400;
  const element = { getBoundingClientRect: () => ({ height }) as DOMRect } as unknown as Element;
  const observers: { callback: () => void; disconnected: boolean }[] = [];
  class FakeResizeObserver {
    private readonly entry: { callback: () => void; disconnected: boolean };
    constructor(callback: () => void) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    unobserve() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const win: HeightReporterWindow = {
    parent,
    requestAnimationFrame: (callback) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (handle) => frames.delete(handle),
    ...(options.observer !== false && { ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver }),
  };
  if (options.framed === false) (win as { parent: unknown }).parent = win;
  return {
    win,
    element,
    parent,
    frames,
    setHeight(value: number) {
      height = value;
      for (const o of observers) if (!o.disconnected) o.callback();
    },
    runFrames() {
      const pending = [...frames.values()];
      frames.clear();
      for (const callback of pending) callback(0);
    },
  };
}

const heights = (parent: { postMessage: { mock: { calls: unknown[][] } } }) =>
  parent.postMessage.mock.calls.map(([message]) => (message as { height: number }).height);

describe('startHeightReporter', () => {
  it('reports the starting height to the parent at the host origin', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST);
    t.runFrames();
    expect(t.parent.postMessage).toHaveBeenCalledWith({ type: 'parley:height', height: 400 }, HOST);
  });

  it('rounds a fractional height up, so the last line is never cut off', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST);
    t.setHeight(512.2);
    t.runFrames();
    expect(heights(t.parent)).toEqual([513]);
  });

  it('reports a new height when the content grows or shrinks', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST);
    t.runFrames();
    t.setHeight(812);
    t.runFrames();
    t.setHeight(600);
    t.runFrames();
    expect(heights(t.parent)).toEqual([400, 812, 600]);
  });

  it('does not repeat a height that has not changed by a whole pixel', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST);
    t.runFrames();
    t.setHeight(399.6);
    t.runFrames();
    expect(heights(t.parent)).toEqual([400]);
  });

  it('reports at most once per animation frame, with the latest height', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST);
    t.setHeight(500);
    t.setHeight(600);
    t.setHeight(700);
    expect(t.frames.size).toBe(1);
    t.runFrames();
    expect(heights(t.parent)).toEqual([700]);
  });

  it('sends the unchanged height again when asked to resend', () => {
    const t = setup();
    const reporter = startHeightReporter(t.win, t.element, HOST);
    t.runFrames();
    reporter.resend();
    t.runFrames();
    expect(heights(t.parent)).toEqual([400, 400]);
  });

  it('caps the height at 100000 px', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST);
    t.setHeight(5e6);
    t.runFrames();
    expect(heights(t.parent)).toEqual([100_000]);
  });

  it('posts a copy per host origin when given several', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, [HOST, 'https://staging.news.example']);
    t.runFrames();
    expect(t.parent.postMessage.mock.calls.map(([, origin]) => origin)).toEqual([HOST, 'https://staging.news.example']);
  });

  it('does nothing when the app is not in an iframe', () => {
    const t = setup({ framed: false });
    startHeightReporter(t.win, t.element, HOST);
    t.setHeight(900);
    t.runFrames();
    expect(t.frames.size).toBe(0);
    expect(t.parent.postMessage).not.toHaveBeenCalled();
  });

  it('does nothing in a browser without ResizeObserver', () => {
    const t = setup({ observer: false });
    expect(() => startHeightReporter(t.win, t.element, HOST).stop()).not.toThrow();
    expect(t.parent.postMessage).not.toHaveBeenCalled();
  });

  it('stops observing and cancels a pending report when stopped', () => {
    const t = setup();
    startHeightReporter(t.win, t.element, HOST).stop();
    t.setHeight(900);
    t.runFrames();
    expect(t.parent.postMessage).not.toHaveBeenCalled();
  });
});
