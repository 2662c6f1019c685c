// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { bindZoom } from './zoom-behaviour';
import { createViewTransform, IDENTITY_TRANSFORM, type ViewTransform } from './layout/view-transform';

function bound(transform: ViewTransform = IDENTITY_TRANSFORM) {
  const element = document.createElement('div');
  document.body.append(element);
  const onZoom = vi.fn();
  const onZoomEnd = vi.fn<(t: ViewTransform, moved: boolean) => void>();
  const handle = bindZoom(element, { wheelNeedsIntent: false, onZoom, onZoomEnd }, { width: 1000, scaleExtent: [1, 100], transform });
  const ends = () => onZoomEnd.mock.calls.map(([t, moved]) => ({ k: t.k, x: Math.round(t.x), moved }));
  return { element, handle, onZoom, ends };
}

function mouse(element: Element, type: string, x: number) {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: 10, button: 0 });
  // d3-zoom listens for the rest of a drag on event.view; jsdom's constructor will not take its own window.
  Object.defineProperty(event, 'view', { value: window });
  (type === 'mousedown' ? element : window).dispatchEvent(event);
}

describe('bindZoom', () => {
  it('says a move ended where it started, so nothing is laid out again or written', () => {
    const { handle, ends } = bound(createViewTransform(4, -1500));
    handle.transformTo(createViewTransform(4, -1500), false);
    handle.transformTo(createViewTransform(2, -500), false);
    expect(ends()).toEqual([
      { k: 4, x: -1500, moved: false },
      { k: 2, x: -500, moved: true },
    ]);
  });

  it('reports a click on the plot (mousedown, mouseup, no movement) as a gesture that did not move, and a drag as one that did', () => {
    const { element, ends, onZoom } = bound(createViewTransform(4, -1500));
    mouse(element, 'mousedown', 300);
    mouse(element, 'mouseup', 300);
    expect(onZoom).not.toHaveBeenCalled();
    expect(element.classList.contains('is-dragging')).toBe(false);
    // A drag does move.
    mouse(element, 'mousedown', 300);
    mouse(element, 'mousemove', 400);
    expect(element.classList.contains('is-dragging')).toBe(true);
    mouse(element, 'mouseup', 400);
    expect(element.classList.contains('is-dragging')).toBe(false);
    expect(ends()).toEqual([
      { k: 4, x: -1500, moved: false },
      { k: 4, x: -1400, moved: true },
    ]);
  });

  it('keeps a new width’s transform without an event: the next gesture starts from it', () => {
    const { handle, ends, onZoom } = bound();
    handle.configure({ width: 500, scaleExtent: [1, 100], transform: createViewTransform(3, -400) });
    expect(onZoom).not.toHaveBeenCalled();
    handle.transformTo(createViewTransform(3, -400), false);
    expect(ends()).toEqual([{ k: 3, x: -400, moved: false }]);
  });
});
