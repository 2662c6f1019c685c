import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ViewStore, ViewStoreApi } from './view-store.ts';
import { createViewStore } from './create-view-store.ts';
import { getUrlViewState, type UrlViewState } from './view-state.ts';
import { parseViewParams } from './parse-view-params.ts';
import { serializeLinkParams } from './serialize-view-params.ts';
import { mergeViewParams } from './merge-view-params.ts';
import type { AppParams } from './parse-app-params.ts';
import { parseAppParams } from './parse-app-params.ts';

/**
 * The one module that touches `location` and `history`. Everything else reads the URL through the
 * store, so tests and embeds can run without a real address bar.
 */

/** The parts of `window` url-sync uses; tests pass a fake. */
export type UrlSyncWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export interface UrlSyncOptions {
  /** Wait this long after the last zoom, pan, filter or typing change before replacing the URL; default 250 ms. */
  readonly replaceDebounceMs?: number;
  /** False reads the URL but never writes it, e.g. in a sandboxed iframe; default true. */
  readonly write?: boolean;
  /** Called once when the browser refuses a history write; from then on the state lives in memory only. */
  readonly onWriteError?: (error: unknown) => void;
}

function isNavigation(prev: ViewStore, next: ViewStore): boolean {
  return (
    next.historyStep === 'push' &&
    (prev.view !== next.view || prev.step !== next.step || prev.selection?.kind !== next.selection?.kind || prev.selection?.id !== next.selection?.id ||
      prev.thread !== next.thread || prev.compare !== next.compare || prev.relationCell !== next.relationCell)
  );
}

/**
 * Keeps `store` and the URL in step: applies the URL now and on every popstate, and writes store
 * changes back: pushState when the reader navigates (selection, view, thread, compared accounts, a
 * relations cell), so Back walks them;
 * replaceState, debounced, for everything else. Parameters the view does not own are kept as they are.
 * Returns a function that stops syncing (writing any pending change first).
 */
export function startUrlSync(
  store: ViewStoreApi,
  win: UrlSyncWindow = window,
  options: UrlSyncOptions = {},
): () => void {
  const delay = options.replaceDebounceMs ?? 250;
  let writable = options.write ?? true;
  // The view params the current history entry holds; a change to the same string is no change,
  // which is what keeps popstate → store → URL from echoing.
  let written = '';
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = (method: 'pushState' | 'replaceState', viewParams: string) => {
    written = viewParams;
    if (!writable) return;
    const { pathname, search, hash } = win.location;
    const url = `${pathname}${mergeViewParams(search, viewParams)}${hash}`;
    try {
      // replaceState keeps whatever state another script stored on the entry; a new entry starts empty.
      if (method === 'pushState') win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    } catch (error) {
      // Sandboxed iframes with an opaque origin, and browsers throttling history calls, throw here.
      writable = false;
      options.onWriteError?.(error);
    }
  };

  const cancelPending = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };

  const flushPending = () => {
    const viewParams = pending;
    cancelPending();
    if (viewParams !== undefined && viewParams !== written) write('replaceState', viewParams);
  };

  const applyLocation = (notify = true) => {
    // A pending replace belongs to the entry we came from; writing it now would overwrite this one.
    cancelPending();
    const { state, notices, hasViewParams } = parseViewParams(win.location.search);
    // A link that names no view (the bare page, or `?embed=1`) opens on the model's opening view,
    // and `step=N` alone (or with `lanes`) on that story step; a link that names more says everything itself.
    const { opening, storySteps } = store.getState();
    let applied: Partial<UrlViewState> = !hasViewParams && opening ? opening : state;
    if (state.step != null && storySteps) {
      const step = storySteps[state.step - 1];
      if (!step) {
        store.getState().addNotice(
          storySteps.length === 0
            ? `This timeline has no story; the link's step ${state.step} was left out.`
            : `The story has ${storySteps.length} steps; the link asked for step ${state.step}, so it was left out.`,
        );
        applied = { ...applied, step: null };
      } else if (Object.keys(state).every((key) => key === 'step' || key === 'lanes')) {
        // The lane layout is presentation (an embed's `lanes=compact`), not a view of its own.
        applied = { ...step, ...(state.lanes && { lanes: state.lanes }), step: state.step };
      }
    }
    written = serializeLinkParams(getUrlViewState(applied), opening, storySteps);
    store.getState().applyUrlState(applied);
    if (notify) for (const text of notices) store.getState().addNotice(text);
  };

  applyLocation();

  const unsubscribe = store.subscribe((next, prev) => {
    // A model was loaded with another opening view: what the current address shows has changed.
    if (next.opening !== prev.opening || next.storySteps !== prev.storySteps) {
      applyLocation(false);
      return;
    }
    const viewParams = serializeLinkParams(next, next.opening, next.storySteps);
    if (viewParams === written) {
      cancelPending();
      return;
    }
    if (isNavigation(prev, next)) {
      // Settle the entry we are leaving first, so Back returns to where the reader had zoomed.
      flushPending();
      write('pushState', viewParams);
      return;
    }
    if (viewParams === pending) return;
    pending = viewParams;
    clearTimeout(timer);
    timer = setTimeout(flushPending, delay);
  });

  const onPopState = () => applyLocation();
  win.addEventListener('popstate', onPopState);
  // Leaving the page within the debounce would lose the last zoom; pagehide is the last safe moment.
  win.addEventListener('pagehide', flushPending);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flushPending);
    flushPending();
  };
}

/** Starts URL sync for the app shell while mounted; restarts only when the store or options change. */
export function useUrlSync(store: ViewStoreApi, options: UrlSyncOptions = {}): void {
  const { replaceDebounceMs, write, onWriteError } = options;
  const onWriteErrorRef = useRef(onWriteError);
  useEffect(() => {
    onWriteErrorRef.current = onWriteError;
  });
  // A layout effect: it starts before any passive effect of the app below, which may already act on a
  // model that arrived before the first render (App's reconcileWithModel, dropping what the link names
  // and the model lacks); starting later, the sync's first applyLocation would undo that.
  useLayoutEffect(
    () => startUrlSync(store, window, { replaceDebounceMs, write, onWriteError: (e) => onWriteErrorRef.current?.(e) }),
    [store, replaceDebounceMs, write],
  );
}

/**
 * A view store that starts from the page's URL, so the first render already shows the linked
 * selection and window (startUrlSync applying it again later changes nothing).
 */
export function createViewStoreFromUrl(win: Pick<Window, 'location'> = window): ViewStoreApi {
  const { state, notices } = parseViewParams(win.location.search);
  const store = createViewStore(state);
  for (const text of notices) store.getState().addNotice(text);
  return store;
}

/** The page's app parameters (embed, theme, model, origins); read once at start. */
export function readAppParams(win: Pick<Window, 'location'> = window): { params: AppParams; notices: string[] } {
  return parseAppParams(win.location.search);
}
