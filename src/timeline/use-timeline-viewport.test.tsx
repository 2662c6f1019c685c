// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { TimeWindow } from '../view-state/view-state';
import { useTimelineViewport, type ViewportOptions } from './use-timeline-viewport';

// d3-zoom loads after the first paint, which never comes here: every move takes the path a hidden
// plot takes, straight to its end.
const extent = { start: Date.UTC(2024, 7, 6), end: Date.UTC(2025, 2, 23) };
const MARCH = { from: '2025-03-01', to: '2025-03-16' };
const MARCH_SPAN = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 2, 17) };

function setup(width: number, requested: TimeWindow | null) {
  const onSettle = vi.fn<(window: TimeWindow | null) => void>();
  const props = (w: number, r: TimeWindow | null): ViewportOptions => ({ extent, width: w, requested: r, onSettle, relayoutWhileMoving: () => true, wheelNeedsIntent: false });
  const hook = renderHook((p: ViewportOptions) => useTimelineViewport(p), { initialProps: props(width, requested) });
  return { ...hook, onSettle, resize: (w: number, r = requested) => hook.rerender(props(w, r)) };
}

const expectWindow = (actual: { start: number; end: number }, expected: { start: number; end: number }) => {
  expect(Math.abs(actual.start - expected.start)).toBeLessThanOrEqual(1);
  expect(Math.abs(actual.end - expected.end)).toBeLessThanOrEqual(1);
};

describe('useTimelineViewport', () => {
  it('shows the URL’s window and keeps it through any resize, including a width of 0, without writing the URL again', () => {
    const { result, resize, onSettle } = setup(1112, MARCH);
    expectWindow(result.current.shown, MARCH_SPAN);
    // The URL already says so: nothing to write.
    expect(onSettle).not.toHaveBeenCalled();
    for (const width of [0, 712, 0, 0, 2560, 390, 1112]) {
      resize(width);
      expectWindow(result.current.shown, MARCH_SPAN);
      expectWindow(result.current.drawn, MARCH_SPAN);
    }
    expect(onSettle).not.toHaveBeenCalled();
  });

  it('writes a window the URL asked for when the view cannot show it as asked (past the zoom limit)', () => {
    const { result, onSettle } = setup(1000, { from: '2025-03-13T10:00Z', to: '2025-03-13T10:05Z' });
    // At most an hour across the whole width: 10:00–10:06 (the minute 10:05 included) is shown amid
    // its hour, the window being that hour less the plot's edges (24 px and 160 px of 1000), and the URL says so.
    expect(result.current.shown.end - result.current.shown.start).toBeCloseTo((3_600_000 * (1000 - 24 - 160)) / 1000, -3);
    expect(onSettle.mock.calls).toEqual([[{ from: '2025-03-13T09:38Z', to: '2025-03-13T10:27Z' }]]);
  });

  it('applies a window asked for while hidden when it is shown again', () => {
    const { result, resize } = setup(1112, null);
    const everything = result.current.shown;
    resize(0);
    resize(0, MARCH);
    resize(900, MARCH);
    expectWindow(result.current.shown, MARCH_SPAN);
    resize(900, null);
    expect(result.current.shown).toEqual(everything);
  });

  it('does not apply a window it wrote itself (no echo), and does nothing for a move to where it is', () => {
    const { result, resize, onSettle } = setup(1000, null);
    act(() => result.current.zoomBy(4));
    const zoomed = result.current.shown;
    const written = onSettle.mock.calls.at(-1)![0]!;
    expect(written).not.toBeNull();
    // The URL now has the window rounded to days; applying it back would move the view.
    resize(1000, written);
    expect(result.current.shown).toBe(zoomed);
    const calls = onSettle.mock.calls.length;
    act(() => result.current.show(zoomed));
    expect(result.current.shown).toBe(zoomed);
    expect(result.current.live.get()).toBe(zoomed);
    expect(onSettle.mock.calls.length).toBe(calls);
  });

  it('zooms about a given time, which keeps its place on screen', () => {
    const { result } = setup(1000, MARCH);
    const about = Date.UTC(2025, 2, 13);
    const share = (w: { start: number; end: number }) => (about - w.start) / (w.end - w.start);
    const before = share(result.current.shown);
    act(() => result.current.zoomBy(2, about));
    expect(result.current.shown.end - result.current.shown.start).toBeCloseTo((MARCH_SPAN.end - MARCH_SPAN.start) / 2, -3);
    expect(share(result.current.shown)).toBeCloseTo(before, 6);
  });
});
