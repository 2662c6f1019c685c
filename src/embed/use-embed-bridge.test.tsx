// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useEmbedBridge, type UseEmbedBridgeOptions } from './use-embed-bridge.ts';
import type { EmbedBridgeWindow } from './start-embed-bridge.ts';
import type { HeightReporterWindow } from './start-height-reporter.ts';

const HOST = 'https://news.example';

function createFakeWindow() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const win: EmbedBridgeWindow & HeightReporterWindow = {
    parent,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    requestAnimationFrame: (callback) => {
      callback(0);
      return 0;
    },
    cancelAnimationFrame: () => {},
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver,
  };
  const deliver = (data: unknown) => {
    for (const listener of listeners) listener({ data, origin: HOST, source: parent } as unknown as MessageEvent);
  };
  return { win, parent, listeners, deliver };
}

function setup(overrides: Partial<UseEmbedBridgeOptions> = {}) {
  const fake = createFakeWindow();
  const initial: UseEmbedBridgeOptions = {
    enabled: true,
    root: null,
    allowedOrigins: [HOST],
    selection: null,
    onSelect: vi.fn(),
    onWindow: vi.fn(),
    win: fake.win,
    ...overrides,
  };
  const hook = renderHook((props: UseEmbedBridgeOptions) => useEmbedBridge(props), { initialProps: initial });
  const selectedMessages = () =>
    fake.parent.postMessage.mock.calls.map(([m]) => m as { type: string }).filter((m) => m.type === 'parley:selected');
  return { ...fake, hook, initial, selectedMessages };
}

describe('useEmbedBridge', () => {
  it('passes host commands to the latest callbacks it was given', () => {
    const { hook, initial, deliver } = setup();
    const onSelect = vi.fn();
    hook.rerender({ ...initial, onSelect });
    act(() => deliver({ type: 'parley:select', event: 'jeddah-talks' }));
    expect(onSelect).toHaveBeenCalledWith('event', 'jeddah-talks');
    expect(initial.onSelect).not.toHaveBeenCalled();
  });

  it('reports a selection the reader makes, but not the one the page opened with', () => {
    const { hook, initial, selectedMessages } = setup({ selection: { kind: 'event', id: 'a', title: 'A' } });
    expect(selectedMessages()).toEqual([]);
    hook.rerender({ ...initial, selection: { kind: 'event', id: 'b', title: 'B' } });
    hook.rerender({ ...initial, selection: null });
    expect(selectedMessages()).toEqual([
      { type: 'parley:selected', kind: 'event', id: 'b', title: 'B' },
      { type: 'parley:selected', kind: null, id: null, title: null },
    ]);
  });

  it('does not report the same selection twice', () => {
    const { hook, initial, selectedMessages } = setup();
    const b = { kind: 'actor' as const, id: 'putin', title: 'Vladimir Putin' };
    hook.rerender({ ...initial, selection: b });
    hook.rerender({ ...initial, selection: { ...b } });
    expect(selectedMessages()).toHaveLength(1);
  });

  it('does not restart the bridge when the caller passes an equal new origins array', () => {
    const { hook, initial, parent } = setup();
    hook.rerender({ ...initial, allowedOrigins: [HOST] });
    const ready = parent.postMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'parley:ready');
    expect(ready).toHaveLength(1);
  });

  it('reports the root’s height, and again when embed.js pings', () => {
    const root = document.createElement('div');
    const { parent, deliver } = setup({ root });
    const heightMessages = () => parent.postMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'parley:height');
    expect(heightMessages()).toEqual([[{ type: 'parley:height', height: 0 }, HOST]]);
    act(() => deliver({ type: 'parley:ping' }));
    expect(heightMessages()).toHaveLength(2);
  });

  it('does nothing when embed mode is off', () => {
    const { listeners, parent } = setup({ enabled: false });
    expect(listeners.size).toBe(0);
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('stops listening when unmounted', () => {
    const { hook, listeners } = setup();
    hook.unmount();
    expect(listeners.size).toBe(0);
  });
});
