import { useEffect, useEffectEvent, useRef } from 'react';
import type { EmbedSelection, EmbedSelectionKind } from './embed-protocol.ts';
import { startEmbedBridge, type EmbedBridge, type EmbedBridgeWindow } from './start-embed-bridge.ts';
import { startHeightReporter, type HeightReporter, type HeightReporterWindow } from './start-height-reporter.ts';

export interface UseEmbedBridgeOptions {
  /** True in embed mode (`?embed=1`); otherwise the hook does nothing. */
  enabled: boolean;
  /** The app's content root, whose height the host iframe should take; null until it is mounted. */
  root: Element | null;
  /** Host origins to talk to (resolveAllowedOrigins). Compared by value, so a new array is fine. */
  allowedOrigins: readonly string[];
  /** What the reader has selected, with its display title; null when nothing is. */
  selection: EmbedSelection;
  /** The host asked to show an item (the id is a valid slug; whether it exists is for the app to check). */
  onSelect: (kind: EmbedSelectionKind, id: string) => void;
  /** The host asked to show a time window of two partial dates. */
  onWindow: (from: string, to: string) => void;
  /** The host asked for a story step (1-based). */
  onStep?: (step: number) => void;
  /**
   * `kind:id` of the selection the page opened with (the host's own link), which the host knows
   * already; '' for none. Without it, the selection when the hook first runs counts as known, which
   * is wrong when the bridge is loaded late and the reader has picked something in the meantime.
   */
  openedWith?: string;
  /** The window to use; tests pass a fake. Defaults to the global window. */
  win?: EmbedBridgeWindow & HeightReporterWindow;
}

/**
 * Wires the embed protocol into the app: host commands reach `onSelect`/`onWindow`, the root's height
 * and the reader's selections reach the host. Knows no store: the app passes state and callbacks in.
 */
export function useEmbedBridge({ enabled, root, allowedOrigins, selection, onSelect, onWindow, onStep, openedWith, win }: UseEmbedBridgeOptions): void {
  const target = win ?? (typeof window === 'undefined' ? undefined : window);
  // Compared as a string so a caller re-creating the array each render does not restart the bridge.
  const originsKey = allowedOrigins.join(',');
  const bridgeRef = useRef<EmbedBridge | null>(null);
  const reporterRef = useRef<HeightReporter | null>(null);
  const select = useEffectEvent((kind: EmbedSelectionKind, id: string) => onSelect(kind, id));
  const showWindow = useEffectEvent((from: string, to: string) => onWindow(from, to));
  const showStep = useEffectEvent((step: number) => onStep?.(step));

  // Declared before the height reporter so the listener is up before the host hears anything from us.
  useEffect(() => {
    if (!enabled || !target) return;
    const bridge = startEmbedBridge({
      win: target,
      onSelect: (kind, id) => select(kind, id),
      onWindow: (from, to) => showWindow(from, to),
      onStep: (step) => showStep(step),
      allowedOrigins: originsKey === '' ? [] : originsKey.split(','),
      onPing: () => reporterRef.current?.resend(),
    });
    bridgeRef.current = bridge;
    return () => {
      bridge.stop();
      bridgeRef.current = null;
    };
  }, [enabled, target, originsKey]);

  useEffect(() => {
    if (!enabled || !target || !root) return;
    // With no known host, the height still goes out: it is a bare number, and without it the frame is stuck.
    const reporter = startHeightReporter(target, root, originsKey === '' ? '*' : originsKey.split(','));
    reporterRef.current = reporter;
    return () => {
      reporter.stop();
      reporterRef.current = null;
    };
  }, [enabled, target, root, originsKey]);

  const kind = selection?.kind;
  const id = selection?.id;
  const title = selection?.title;
  // The selection the host already knows: the one the page opened with, then the last one reported.
  const reported = useRef<string | undefined>(openedWith);
  useEffect(() => {
    const key = kind && id ? `${kind}:${id}` : '';
    if (reported.current === undefined || reported.current === key) {
      reported.current = key;
      return;
    }
    reported.current = key;
    bridgeRef.current?.postSelected(kind && id ? { kind, id, title: title ?? '' } : null);
  }, [kind, id, title]);
}
