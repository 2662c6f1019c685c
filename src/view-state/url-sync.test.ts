import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUrlSync, createViewStoreFromUrl, readAppParams } from './url-sync.ts';
import type { UrlSyncWindow } from './url-sync.ts';
import { createViewStore } from './create-view-store.ts';
import { getUrlViewState } from './view-state.ts';
import { loadModel } from '../testing/load-model.ts';

/** A stand-in for window with a history stack; `back()` moves and fires popstate as a browser does. */
function createFakeWindow(start: string) {
  const entries: string[] = [start];
  let index = 0;
  const listeners = new Map<string, Set<() => void>>();
  const current = () => new URL(entries[index]!);
  const go = (url: string) => new URL(url, current()).href;
  const history = {
    state: null as unknown,
    pushState: vi.fn((_state: unknown, _title: string, url: string) => {
      entries.splice(index + 1, Infinity, go(url));
      index += 1;
    }),
    replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
      entries[index] = go(url);
    }),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((l) => l());
  const win = {
    location: {
      get search() { return current().search; },
      get pathname() { return current().pathname; },
      get hash() { return current().hash; },
      get href() { return current().href; },
    },
    history,
    addEventListener: (type: string, l: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(l);
    },
    removeEventListener: (type: string, l: () => void) => listeners.get(type)?.delete(l),
  };
  return {
    win: win as unknown as UrlSyncWindow,
    history,
    href: () => current().href,
    back: () => { index -= 1; fire('popstate'); },
    forward: () => { index += 1; fire('popstate'); },
    fire,
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

const BASE = 'https://parley.example/app/';

describe('startUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies the URL at start, notices included, without writing', () => {
    const fake = createFakeWindow(`${BASE}?event=harbour-talks&from=2025-03-10&to=2025-03-20&lanes=wide`);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    const s = store.getState();
    expect(s.selection).toEqual({ kind: 'event', id: 'harbour-talks' });
    expect(s.window).toEqual({ from: '2025-03-10', to: '2025-03-20' });
    expect(s.notices.map((n) => n.text)).toEqual([
      'The link asked for lanes "wide", which Parley doesn\'t have; choosing lanes automatically.',
    ]);
    vi.runAllTimers();
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
  });

  it('pushes a history entry when the selection changes', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().showEvent('harbour-talks');
    expect(fake.history.pushState).toHaveBeenCalledTimes(1);
    expect(fake.href()).toBe(`${BASE}?event=harbour-talks`);
    store.getState().showActor('aster');
    store.getState().clearSelection();
    expect(fake.history.pushState).toHaveBeenCalledTimes(3);
    expect(fake.href()).toBe(BASE);
  });

  it('pushes a history entry when the view changes', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().setView('list');
    expect(fake.history.pushState).toHaveBeenCalledTimes(1);
    expect(fake.href()).toBe(`${BASE}?view=list`);
  });

  it('replaces the URL once, after the debounce, for a burst of window changes', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win, { replaceDebounceMs: 250 });
    for (let day = 10; day < 20; day += 1) {
      store.getState().setTimeWindow({ from: `2025-03-${day}`, to: '2025-03-20' });
      vi.advanceTimersByTime(100);
    }
    expect(fake.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(fake.history.replaceState).toHaveBeenCalledTimes(1);
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.href()).toBe(`${BASE}?from=2025-03-19&to=2025-03-20`);
  });

  it('replaces, not pushes, for filters and search text', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().toggleActorFilter('aster');
    store.getState().setQuery('truce talks');
    store.getState().setVerbatimOnly(true);
    vi.runAllTimers();
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.history.replaceState).toHaveBeenCalledTimes(1);
    expect(fake.href()).toBe(`${BASE}?q=truce+talks&actors=aster&verbatim=1`);
  });

  it('writes nothing when a change is undone within the debounce', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().setTimeWindow({ from: '2025', to: '2025' });
    store.getState().setTimeWindow(null);
    vi.runAllTimers();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
  });

  it('settles a pending zoom on the old entry before pushing a selection', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().setTimeWindow({ from: '2025-03', to: '2025-03' });
    store.getState().showEvent('harbour-talks');
    expect(fake.history.replaceState).toHaveBeenCalledWith(null, '', '/app/?from=2025-03&to=2025-03');
    expect(fake.history.pushState).toHaveBeenCalledWith(null, '', '/app/?event=harbour-talks&from=2025-03&to=2025-03');
    vi.runAllTimers();
    expect(fake.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('applies popstate to the store, and Back walks the selections', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().showEvent('harbour-talks');
    store.getState().showActor('aster');
    fake.back();
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'harbour-talks' });
    fake.back();
    expect(store.getState().selection).toBeNull();
    fake.forward();
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'harbour-talks' });
  });

  it('does not echo: applying a popstate writes nothing back', () => {
    const fake = createFakeWindow(`${BASE}?lanes=compact`);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().showEvent('harbour-talks');
    fake.history.pushState.mockClear();
    fake.back();
    vi.runAllTimers();
    expect(store.getState().selection).toBeNull();
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
  });

  it('does not rewrite a malformed link it was opened with, only explains it', () => {
    const fake = createFakeWindow(`${BASE}?from=2025-03-20&to=2025-03-01`);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    vi.runAllTimers();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
    expect(store.getState().notices.map((n) => n.text)).toEqual(['The time window in the link was reversed; showing everything.']);
  });

  it('drops a pending replace on popstate instead of writing it over the entry it arrived at', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().showEvent('harbour-talks');
    store.getState().setQuery('truce');
    fake.back();
    vi.runAllTimers();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
    expect(fake.href()).toBe(BASE);
    expect(store.getState().query).toBe('');
  });

  it('keeps parameters it does not own, byte for byte, and the hash', () => {
    const start = `${BASE}?embed=1&model=https://data.example/m.json&theme=dark&origins=https%3A%2F%2Fnews.example&utm=a+b#top`;
    const fake = createFakeWindow(start);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().showStatement('vale-ready');
    expect(fake.href()).toBe(
      `${BASE}?embed=1&model=https://data.example/m.json&theme=dark&origins=https%3A%2F%2Fnews.example&utm=a+b&statement=vale-ready#top`,
    );
    store.getState().clearSelection();
    expect(fake.href()).toBe(start);
  });

  it('replaces view parameters already in the URL rather than adding to them', () => {
    const fake = createFakeWindow(`${BASE}?embed=1&event=harbour-talks`);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().showEvent('evening-call');
    expect(fake.href()).toBe(`${BASE}?embed=1&event=evening-call`);
  });

  it('records a model reconciliation with replaceState, so Back does not return to the broken link', () => {
    const fake = createFakeWindow(`${BASE}?event=ghost`);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().reconcileWithModel(loadModel());
    vi.runAllTimers();
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.history.replaceState).toHaveBeenCalledTimes(1);
    expect(fake.href()).toBe(BASE);
  });

  it('survives a history that throws: reports once, then keeps working in memory', () => {
    const fake = createFakeWindow(BASE);
    const error = new DOMException('The operation is insecure.', 'SecurityError');
    fake.history.pushState.mockImplementation(() => { throw error; });
    fake.history.replaceState.mockImplementation(() => { throw error; });
    const onWriteError = vi.fn();
    const store = createViewStore();
    startUrlSync(store, fake.win, { onWriteError });
    expect(() => store.getState().showEvent('harbour-talks')).not.toThrow();
    store.getState().showActor('aster');
    store.getState().setQuery('x');
    vi.runAllTimers();
    expect(onWriteError).toHaveBeenCalledTimes(1);
    expect(onWriteError).toHaveBeenCalledWith(error);
    expect(fake.history.pushState).toHaveBeenCalledTimes(1);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'aster' });
  });

  it('reads but never writes with write: false', () => {
    const fake = createFakeWindow(`${BASE}?view=list`);
    const store = createViewStore();
    startUrlSync(store, fake.win, { write: false });
    expect(store.getState().view).toBe('list');
    store.getState().showEvent('harbour-talks');
    store.getState().setQuery('x');
    vi.runAllTimers();
    expect(fake.history.pushState).not.toHaveBeenCalled();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
  });

  it('writes a pending change on pagehide', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().setQuery('truce');
    fake.fire('pagehide');
    expect(fake.href()).toBe(`${BASE}?q=truce`);
  });

  it('stops: writes what is pending, then ignores the store and popstate', () => {
    const fake = createFakeWindow(BASE);
    const store = createViewStore();
    const stop = startUrlSync(store, fake.win);
    store.getState().setQuery('truce');
    stop();
    expect(fake.href()).toBe(`${BASE}?q=truce`);
    expect(fake.listenerCount()).toBe(0);
    store.getState().showEvent('harbour-talks');
    expect(fake.history.pushState).not.toHaveBeenCalled();
  });
});

describe('createViewStoreFromUrl', () => {
  it('creates a store already showing what the link names, with its notices', () => {
    const fake = createFakeWindow(`${BASE}?actor=aster&view=map`);
    const store = createViewStoreFromUrl(fake.win);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'aster' });
    expect(store.getState().notices).toHaveLength(1);
    startUrlSync(store, fake.win);
    expect(store.getState().notices).toHaveLength(1);
  });
});

describe('readAppParams', () => {
  it('reads the app parameters of the page', () => {
    const fake = createFakeWindow(`${BASE}?embed=1&theme=dark&event=x`);
    expect(readAppParams(fake.win).params).toEqual({ embed: true, theme: 'dark', origins: [] });
  });
});

describe('startUrlSync with an opening view', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const OPENING = getUrlViewState({ window: { from: '2025-03-10', to: '2025-03-16' }, selection: { kind: 'event', id: 'harbour-talks' } });

  /** A store synced with `url`, whose model (loaded after the sync started, as in the app) has OPENING. */
  function start(url: string) {
    const fake = createFakeWindow(url);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().setOpening(OPENING);
    return { fake, store };
  }

  it('opens a link without view parameters on it, once the model has loaded, and keeps the address clean', () => {
    const { fake, store } = start(`${BASE}?embed=1`);
    expect(store.getState().window).toEqual({ from: '2025-03-10', to: '2025-03-16' });
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'harbour-talks' });
    vi.runAllTimers();
    expect(fake.history.replaceState).not.toHaveBeenCalled();
    expect(fake.href()).toBe(`${BASE}?embed=1`);
  });

  it('lets a link with view parameters say everything itself, the defaults included', () => {
    const { store } = start(`${BASE}?q=kursk`);
    expect(store.getState().window).toBeNull();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().query).toBe('kursk');
  });

  it('counts a malformed view parameter as the link saying something', () => {
    const { store } = start(`${BASE}?event=Not+An+Id`);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().window).toBeNull();
  });

  it('writes the whole view once the reader leaves it, and Back returns to the clean address and the opening view', () => {
    const { fake, store } = start(BASE);
    store.getState().showEvent('evening-call');
    expect(fake.href()).toBe(`${BASE}?event=evening-call&from=2025-03-10&to=2025-03-16`);
    fake.back();
    expect(fake.href()).toBe(BASE);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'harbour-talks' });
    expect(store.getState().window).toEqual({ from: '2025-03-10', to: '2025-03-16' });
  });

  it('writes window=all for "Fit all", so the link shows everything rather than the opening view', () => {
    const { fake, store } = start(BASE);
    store.getState().setTimeWindow(null);
    store.getState().clearSelection();
    vi.runAllTimers();
    expect(fake.href()).toBe(`${BASE}?window=all`);
    const other = createViewStore();
    startUrlSync(other, createFakeWindow(fake.href()).win);
    other.getState().setOpening(OPENING);
    expect(other.getState().window).toBeNull();
    expect(other.getState().selection).toBeNull();
  });

  it('cleans the address again when the reader comes back to exactly the opening view', () => {
    const { fake, store } = start(BASE);
    store.getState().setTimeWindow({ from: '2025-03-01', to: '2025-03-31' });
    vi.runAllTimers();
    expect(fake.href()).toBe(`${BASE}?event=harbour-talks&from=2025-03-01&to=2025-03-31`);
    store.getState().setTimeWindow({ from: '2025-03-10', to: '2025-03-16' });
    vi.runAllTimers();
    expect(fake.href()).toBe(BASE);
  });

  it('shows everything for a model without an opening view', () => {
    const { store } = start(BASE);
    store.getState().setOpening(null);
    expect(store.getState().window).toBeNull();
    expect(store.getState().selection).toBeNull();
  });
});

describe('startUrlSync with a story', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const OPENING = getUrlViewState({ window: { from: '2025-03-10', to: '2025-03-16' } });
  const STEPS = [
    getUrlViewState({ window: { from: '2025-03-01', to: '2025-03-05' }, selection: { kind: 'event', id: 'harbour-talks' } }),
    getUrlViewState({ window: { from: '2025-03-10', to: '2025-03-12' }, kindFilter: ['call'] }),
    getUrlViewState({ window: { from: '2025-03-14', to: '2025-03-20' }, selection: { kind: 'statement', id: 'bask-reply' } }),
  ];

  function start(url: string) {
    const fake = createFakeWindow(url);
    const store = createViewStore();
    startUrlSync(store, fake.win);
    store.getState().setOpening(OPENING, STEPS);
    return { fake, store };
  }

  it('opens step=N on that step once the model has loaded, and keeps the link as short', () => {
    const { fake, store } = start(`${BASE}?step=2`);
    expect(store.getState()).toMatchObject({ step: 2, window: STEPS[1]!.window, kindFilter: ['call'], selection: null });
    vi.runAllTimers();
    expect(fake.href()).toBe(`${BASE}?step=2`);
  });

  it('pushes one entry per step, so Back and Forward walk the steps, and leaving keeps the view', () => {
    const { fake, store } = start(BASE);
    expect(store.getState().showStep(1)).toBe(true);
    expect(store.getState().windowEase).toBe(true);
    store.getState().showStep(2);
    store.getState().showStep(3);
    expect(fake.href()).toBe(`${BASE}?step=3`);
    fake.back();
    expect(store.getState()).toMatchObject({ step: 2, window: STEPS[1]!.window, selection: null, windowEase: false });
    fake.back();
    expect(store.getState()).toMatchObject({ step: 1, selection: { kind: 'event', id: 'harbour-talks' } });
    fake.forward();
    expect(store.getState().step).toBe(2);
    store.getState().leaveStory();
    expect(store.getState()).toMatchObject({ step: null, window: STEPS[1]!.window, kindFilter: ['call'] });
    expect(fake.href()).toBe(`${BASE}?from=2025-03-10&to=2025-03-12&kinds=call`);
    fake.back();
    expect(store.getState().step).toBe(2);
  });

  it('refuses a step the story lacks, changing nothing', () => {
    const { store } = start(BASE);
    expect(store.getState().showStep(4)).toBe(false);
    expect(store.getState().showStep(0)).toBe(false);
    expect(store.getState().step).toBeNull();
  });

  it('explains a link to a step the story lacks and opens the opening view', () => {
    const { store } = start(`${BASE}?step=9`);
    expect(store.getState()).toMatchObject({ step: null, window: OPENING.window });
    expect(store.getState().notices.map((n) => n.text)).toEqual(['The story has 3 steps; the link asked for step 9, so it was left out.']);
  });

  it('keeps the lane layout a step link asks for', () => {
    const { store } = start(`${BASE}?embed=1&lanes=compact&step=2`);
    expect(store.getState()).toMatchObject({ step: 2, window: STEPS[1]!.window, lanes: 'compact' });
  });

  it('lets a step link with other parameters say everything itself', () => {
    const { store } = start(`${BASE}?step=3&from=2025-03-15&to=2025-03-16`);
    expect(store.getState()).toMatchObject({ step: 3, window: { from: '2025-03-15', to: '2025-03-16' }, selection: null });
  });
});
