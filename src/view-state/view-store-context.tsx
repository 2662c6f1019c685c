import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ViewState } from './view-state.ts';
import type { ViewStore, ViewStoreApi } from './view-store.ts';
import { createViewStore } from './create-view-store.ts';

const ViewStoreContext = createContext<ViewStoreApi | null>(null);

export interface ViewStoreProviderProps {
  /** A store made elsewhere (the app shell, a test); when absent, one is created on first render. */
  readonly store?: ViewStoreApi;
  /** Starting state for the store created here; ignored when `store` is given, and after the first render. */
  readonly initial?: Partial<ViewState>;
  readonly children?: ReactNode;
}

/** Provides one view store to the tree below; the store is created once and kept for the provider's life. */
export function ViewStoreProvider({ store, initial, children }: ViewStoreProviderProps) {
  const [value] = useState(() => store ?? createViewStore(initial));
  return <ViewStoreContext value={value}>{children}</ViewStoreContext>;
}

/** The store itself, for reads and writes that must not re-render (the zoom binding, event handlers). */
export function useViewStoreApi(): ViewStoreApi {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStore and useViewStoreApi need a <ViewStoreProvider> above them in the tree.');
  return store;
}

/** One value from the view store, re-rendering when it changes; pick narrowly or wrap objects in useShallow. */
export function useViewStore<T>(selector: (state: ViewStore) => T): T {
  return useStore(useViewStoreApi(), selector);
}
