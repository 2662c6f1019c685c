// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useUrlSync } from './url-sync.ts';
import { createViewStore } from './create-view-store.ts';

describe('useUrlSync', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('syncs the real window while mounted and stops on unmount', () => {
    window.history.replaceState(null, '', '/?embed=1&event=harbour-talks');
    const store = createViewStore();
    const { unmount } = renderHook(() => useUrlSync(store));
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'harbour-talks' });

    store.getState().showActor('aster');
    expect(window.location.search).toBe('?embed=1&actor=aster');

    unmount();
    store.getState().showActor('borea');
    expect(window.location.search).toBe('?embed=1&actor=aster');
  });
});
