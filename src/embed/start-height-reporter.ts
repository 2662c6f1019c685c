import { MAX_EMBED_HEIGHT } from './embed-protocol.ts';
import { isFramed, type EmbedBridgeWindow } from './start-embed-bridge.ts';

/** The part of `window` the reporter uses, so tests can hand it a fake. */
export interface HeightReporterWindow extends Pick<EmbedBridgeWindow, 'parent'> {
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(handle: number): void;
  readonly ResizeObserver?: typeof ResizeObserver;
}

export interface HeightReporter {
  /** Stops observing. */
  stop: () => void;
  /** Posts the current height again even if unchanged, for a host that was not listening before. */
  resend: () => void;
}

/**
 * The height an iframe needs to show `element` whole, in whole CSS pixels. Only the border box: it is
 * what ResizeObserver watches, so every change we report is one we hear about. (Adding scrollHeight
 * once left a frame 24 px too tall after a brief overflow that no resize event undid.)
 */
function measure(element: Element): number {
  return Math.ceil(element.getBoundingClientRect().height);
}

/**
 * Tells the parent window how tall `element` (the app's content root) is, as
 * `{ type: 'parley:height', height }`, at start and whenever it changes by at least 1px (a panel opens,
 * the iframe gets narrower and text wraps). At most once per animation frame, so a transition does not
 * flood the host. Does nothing when the app is not in an iframe.
 *
 * `targetOrigin` is the host origin (or several; each gets a copy only if it is the parent's). Pass '*'
 * only when the host's origin is unknown: the message carries nothing but a number.
 *
 * The root must size to its content (no `height: 100vh`/`100%`), or the height would follow the iframe
 * that follows the height.
 */
export function startHeightReporter(win: HeightReporterWindow, element: Element, targetOrigin: string | readonly string[]): HeightReporter {
  const Observer = win.ResizeObserver;
  if (!isFramed(win) || !Observer) return { stop: () => {}, resend: () => {} };
  const origins = typeof targetOrigin === 'string' ? [targetOrigin] : [...targetOrigin];
  let last = -1;
  let frame: number | undefined;
  let pending = false;
  let stopped = false;

  const report = () => {
    pending = false;
    frame = undefined;
    if (stopped) return;
    const height = Math.min(measure(element), MAX_EMBED_HEIGHT);
    if (!Number.isFinite(height) || Math.abs(height - last) < 1) return;
    last = height;
    for (const origin of origins) {
      try {
        win.parent?.postMessage({ type: 'parley:height', height }, origin);
      } catch {
        // A malformed target origin throws; the others still get their copy.
      }
    }
  };
  const schedule = () => {
    // A flag, not the handle: a requestAnimationFrame that runs its callback at once must not wedge us.
    if (pending) return;
    pending = true;
    frame = win.requestAnimationFrame(report);
  };

  const observer = new Observer(schedule);
  observer.observe(element, { box: 'border-box' });
  schedule();
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (pending && frame !== undefined) win.cancelAnimationFrame(frame);
      pending = false;
    },
    resend() {
      last = -1;
      schedule();
    },
  };
}
