import type { EmbedOutgoingMessage, EmbedSelection, EmbedSelectionKind } from './embed-protocol.ts';
import { parseEmbedMessage } from './parse-embed-message.ts';

/** The part of `window` the bridge uses, so tests can hand it a fake. */
export interface EmbedBridgeWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface EmbedBridgeOptions {
  /** The embedded app's window. */
  win: EmbedBridgeWindow;
  /** The host asked to show an item. */
  onSelect: (kind: EmbedSelectionKind, id: string) => void;
  /** The host asked to show a time window (partial dates, `from` not after `to`). */
  onWindow: (from: string, to: string) => void;
  /** Host origins to accept commands from and to report to (resolveAllowedOrigins). */
  allowedOrigins: readonly string[];
  /** The host asked for a story step (1-based; whether the story has it is for the app to check). */
  onStep?: (step: number) => void;
  /** The host asked whether we are there; the bridge has answered parley:ready, this may add the height. */
  onPing?: () => void;
}

export interface EmbedBridge {
  /** Tells the host what the reader selected, or that the selection was cleared (null). */
  postSelected: (selection: EmbedSelection) => void;
  /** Stops listening. Idempotent. */
  stop: () => void;
}

/** True when `win` is framed: a top-level window is its own parent. */
export function isFramed(win: Pick<EmbedBridgeWindow, 'parent'>): boolean {
  return win.parent !== null && win.parent !== (win as unknown);
}

/**
 * Posts to the parent once per allowed origin. postMessage delivers only when the target origin
 * matches the receiver, so at most one copy arrives, and only at a host we trust; we never post to
 * '*', which would let any page that frames us read what the reader does.
 */
export function postToParent(win: Pick<EmbedBridgeWindow, 'parent'>, origins: readonly string[], message: EmbedOutgoingMessage): void {
  if (!isFramed(win)) return;
  for (const origin of origins) {
    try {
      win.parent?.postMessage(message, origin);
    } catch {
      // A bad target origin throws SyntaxError; resolveAllowedOrigins should have kept it out, so skip it.
    }
  }
}

/**
 * Listens for host commands (`parley:select`, `parley:window`) and passes valid ones on. A message counts
 * only if it comes from our parent window (not a sibling frame, a popup or ourselves) AND from an allowed
 * origin; everything else is dropped silently. Announces itself with `parley:ready` at start and in
 * answer to `parley:ping`, so a host holds its commands until the app can hear them.
 */
export function startEmbedBridge({ win, onSelect, onWindow, onStep, allowedOrigins, onPing }: EmbedBridgeOptions): EmbedBridge {
  const origins = [...allowedOrigins];
  const framed = isFramed(win);
  let stopped = false;

  const onMessage = (event: MessageEvent) => {
    if (stopped || !framed) return;
    if (event.source !== win.parent || !origins.includes(event.origin)) return;
    const command = parseEmbedMessage(event.data);
    if (!command) return;
    if (command.type === 'select') onSelect(command.kind, command.id);
    else if (command.type === 'window') onWindow(command.from, command.to);
    else if (command.type === 'step') onStep?.(command.step);
    else {
      postToParent(win, origins, { type: 'parley:ready' });
      onPing?.();
    }
  };

  if (framed && origins.length > 0) {
    win.addEventListener('message', onMessage);
    postToParent(win, origins, { type: 'parley:ready' });
  }

  return {
    postSelected(selection) {
      if (stopped) return;
      postToParent(win, origins, {
        type: 'parley:selected',
        kind: selection?.kind ?? null,
        id: selection?.id ?? null,
        title: selection?.title ?? null,
      });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      win.removeEventListener('message', onMessage);
    },
  };
}
