import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { getOpeningViewState } from './get-opening-view-state.ts';
import { DEFAULT_VIEW_STATE, getUrlViewState } from './view-state.ts';

describe('getOpeningViewState', () => {
  it('is the view window as written, with the selection when asked, and defaults for the rest', () => {
    const model = loadModel({ ...validModel(), view: { from: '2025-03-10', to: '2025-03-16', event: 'harbour-talks' } });
    const window = { from: '2025-03-10', to: '2025-03-16' };
    expect(getOpeningViewState(model, { withSelection: true })).toEqual(
      getUrlViewState({ window, selection: { kind: 'event', id: 'harbour-talks' } }),
    );
    expect(getOpeningViewState(model, { withSelection: false })).toEqual({ ...getUrlViewState(DEFAULT_VIEW_STATE), window });
  });

  it('is null for a model without a view', () => {
    expect(getOpeningViewState(loadModel(validModel()), { withSelection: true })).toBeNull();
  });
});
