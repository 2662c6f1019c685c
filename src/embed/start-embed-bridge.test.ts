import { describe, expect, it, vi } from 'vitest';
import { startEmbedBridge, type EmbedBridgeWindow } from './start-embed-bridge.ts';

const HOST = 'https://news.example';

/** A framed window: a parent that records what it is sent, and a way to deliver `message` events. */
function createFakeWindow(options: { framed?: boolean } = {}) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const win: EmbedBridgeWindow & { deliver: (data: unknown, origin: string, source: unknown) => void } = {
    parent,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    deliver(data, origin, source) {
      for (const listener of listeners) listener({ data, origin, source } as MessageEvent);
    },
  };
  if (options.framed === false) (win as { parent: unknown }).parent = win;
  return { win, parent, listeners };
}

function start(options: { framed?: boolean; allowedOrigins?: string[] } = {}) {
  const fake = createFakeWindow(options);
  const onSelect = vi.fn();
  const onWindow = vi.fn();
  const bridge = startEmbedBridge({ win: fake.win, onSelect, onWindow, allowedOrigins: options.allowedOrigins ?? [HOST] });
  return { ...fake, onSelect, onWindow, bridge };
}

describe('startEmbedBridge', () => {
  it('passes a valid select command from the parent at an allowed origin to onSelect', () => {
    const { win, parent, onSelect } = start();
    win.deliver({ type: 'parley:select', event: 'jeddah-talks' }, HOST, parent);
    expect(onSelect).toHaveBeenCalledWith('event', 'jeddah-talks');
  });

  it('passes a valid window command to onWindow', () => {
    const { win, parent, onWindow } = start();
    win.deliver({ type: 'parley:window', from: '2025-03', to: '2025-03-20' }, HOST, parent);
    expect(onWindow).toHaveBeenCalledWith('2025-03', '2025-03-20');
  });

  it('ignores a command from another origin, even from the parent window', () => {
    const { win, parent, onSelect } = start();
    win.deliver({ type: 'parley:select', event: 'a' }, 'https://evil.example', parent);
    win.deliver({ type: 'parley:select', event: 'a' }, 'null', parent);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('ignores a command from a window other than the parent, even at an allowed origin', () => {
    const { win, onSelect } = start();
    const sibling = { postMessage: vi.fn() };
    win.deliver({ type: 'parley:select', event: 'a' }, HOST, sibling);
    win.deliver({ type: 'parley:select', event: 'a' }, HOST, win);
    win.deliver({ type: 'parley:select', event: 'a' }, HOST, null);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('ignores malformed messages without throwing', () => {
    const { win, parent, onSelect, onWindow } = start();
    for (const data of [null, 'parley:select', { type: 'parley:select', event: 'Bad Id' }, { type: 'parley:window', from: 'x', to: 'y' }]) {
      expect(() => win.deliver(data, HOST, parent)).not.toThrow();
    }
    expect(onSelect).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
  });

  it('accepts nothing and posts nothing when no origin is allowed', () => {
    const { win, parent, onSelect, bridge, listeners } = start({ allowedOrigins: [] });
    win.deliver({ type: 'parley:select', event: 'a' }, HOST, parent);
    bridge.postSelected({ kind: 'event', id: 'a', title: 'A' });
    expect(onSelect).not.toHaveBeenCalled();
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('does nothing in a window that is not framed', () => {
    const { listeners, bridge } = start({ framed: false });
    expect(listeners.size).toBe(0);
    expect(() => bridge.postSelected(null)).not.toThrow();
  });

  it('announces itself to the parent with parley:ready at the allowed origin', () => {
    const { parent } = start();
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'parley:ready' }, HOST);
  });

  it('answers a ping from the parent with parley:ready and tells onPing', () => {
    const fake = createFakeWindow();
    const onPing = vi.fn();
    startEmbedBridge({ win: fake.win, onSelect: vi.fn(), onWindow: vi.fn(), allowedOrigins: [HOST], onPing });
    fake.parent.postMessage.mockClear();
    fake.win.deliver({ type: 'parley:ping' }, HOST, fake.parent);
    expect(fake.parent.postMessage).toHaveBeenCalledWith({ type: 'parley:ready' }, HOST);
    expect(onPing).toHaveBeenCalledTimes(1);
  });

  it('does not answer a ping from another origin', () => {
    const { win, parent } = start();
    parent.postMessage.mockClear();
    win.deliver({ type: 'parley:ping' }, 'https://evil.example', parent);
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('reports a selection to the parent at the allowed origin, never to "*"', () => {
    const { parent, bridge } = start();
    bridge.postSelected({ kind: 'event', id: 'jeddah-talks', title: 'Talks in Jeddah' });
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'parley:selected', kind: 'event', id: 'jeddah-talks', title: 'Talks in Jeddah' },
      HOST,
    );
    expect(parent.postMessage.mock.calls.every(([, origin]) => origin !== '*')).toBe(true);
  });

  it('reports a cleared selection with null kind, id and title', () => {
    const { parent, bridge } = start();
    bridge.postSelected(null);
    expect(parent.postMessage).toHaveBeenLastCalledWith({ type: 'parley:selected', kind: null, id: null, title: null }, HOST);
  });

  it('posts once per allowed origin, since postMessage delivers only to the one the parent has', () => {
    const { parent, bridge } = start({ allowedOrigins: [HOST, 'https://staging.news.example'] });
    parent.postMessage.mockClear();
    bridge.postSelected(null);
    expect(parent.postMessage.mock.calls.map(([, origin]) => origin)).toEqual([HOST, 'https://staging.news.example']);
  });

  it('stops listening and reporting once stopped', () => {
    const { win, parent, onSelect, bridge, listeners } = start();
    bridge.stop();
    parent.postMessage.mockClear();
    win.deliver({ type: 'parley:select', event: 'a' }, HOST, parent);
    bridge.postSelected(null);
    expect(onSelect).not.toHaveBeenCalled();
    expect(parent.postMessage).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });
});
