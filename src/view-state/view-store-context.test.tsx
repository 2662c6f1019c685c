// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ViewStoreProvider, useViewStore, useViewStoreApi } from './view-store-context.tsx';
import { createViewStore } from './create-view-store.ts';

function SelectedId() {
  const id = useViewStore((s) => s.selection?.id ?? 'none');
  return <p>selected: {id}</p>;
}

describe('ViewStoreProvider', () => {
  it('creates a store from `initial` and re-renders picks when it changes', () => {
    function ShowAster() {
      const api = useViewStoreApi();
      return <button onClick={() => api.getState().showActor('aster')}>Show Aster</button>;
    }
    render(
      <ViewStoreProvider initial={{ selection: { kind: 'event', id: 'harbour-talks' } }}>
        <SelectedId />
        <ShowAster />
      </ViewStoreProvider>,
    );
    expect(screen.getByText('selected: harbour-talks')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Show Aster' }));
    expect(screen.getByText('selected: aster')).toBeDefined();
  });

  it('uses a given store and keeps the same store across re-renders', () => {
    const store = createViewStore();
    const wrapper = ({ children }: { children: ReactNode }) => <ViewStoreProvider store={store}>{children}</ViewStoreProvider>;
    const { result, rerender } = renderHook(() => useViewStoreApi(), { wrapper });
    rerender();
    expect(result.current).toBe(store);
  });

  it('says clearly when a hook is used outside a provider', () => {
    expect(() => renderHook(() => useViewStore((s) => s.view))).toThrow(/<ViewStoreProvider>/);
  });
});
