import { describe, expect, it } from 'vitest';
import { reconcileWithModel } from './reconcile-with-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import type { ViewState } from './view-state.ts';

const model = loadModel();

describe('reconcileWithModel', () => {
  it('returns a state the model fully knows unchanged, as the same object', () => {
    const state: Partial<ViewState> = {
      selection: { kind: 'statement', id: 'vale-ready' },
      actorFilter: ['aster', 'borea'],
      kindFilter: ['talks', 'call'],
    };
    const result = reconcileWithModel(state, model);
    expect(result.notices).toEqual([]);
    expect(result.state).toBe(state);
  });

  it.each([
    ['event', 'ghost', 'No event "ghost" in this model.'],
    ['actor', 'ghost', 'No actor "ghost" in this model.'],
    ['statement', 'ghost', 'No statement "ghost" in this model.'],
    ['position', 'ghost', 'No position "ghost" in this model.'],
    // Ids are unique across kinds, so an event id does not name an actor.
    ['actor', 'harbour-talks', 'No actor "harbour-talks" in this model.'],
  ] as const)('drops a selection of %s %j', (kind, id, notice) => {
    expect(reconcileWithModel({ selection: { kind, id } }, model)).toEqual({ state: { selection: null }, notices: [notice] });
  });

  it('keeps known selections of every kind', () => {
    for (const selection of [
      { kind: 'event', id: 'harbour-talks' },
      { kind: 'actor', id: 'ines-vale' },
      { kind: 'statement', id: 'bask-reply' },
    ] as const) {
      expect(reconcileWithModel({ selection }, model).notices).toEqual([]);
    }
  });

  it('keeps a known position and stance topic, and drops a topic the model lacks', () => {
    const withPositions = loadModel(positionsModel());
    expect(reconcileWithModel({ selection: { kind: 'position', id: 'aster-truce-supports' }, stanceTopic: 'truce' }, withPositions).notices).toEqual([]);
    expect(reconcileWithModel({ stanceTopic: 'truce' }, model)).toEqual({
      state: { stanceTopic: null },
      notices: ['No topic "truce" in this model; no stances are drawn on the timeline.'],
    });
  });

  it('shows the timeline instead of the positions view of a model without topics', () => {
    expect(reconcileWithModel({ view: 'positions' }, model)).toEqual({
      state: { view: 'timeline' },
      notices: ['This model records no positions; showing the timeline.'],
    });
    expect(reconcileWithModel({ view: 'positions' }, loadModel(positionsModel())).notices).toEqual([]);
  });

  it('drops unknown actors and event kinds from the filters, keeping the rest in order', () => {
    const result = reconcileWithModel({ actorFilter: ['nobody', 'borea'], kindFilter: ['talks', 'picnic'], query: 'x' }, model);
    expect(result.state).toEqual({ actorFilter: ['borea'], kindFilter: ['talks'], query: 'x' });
    expect(result.notices).toEqual([
      'No actor "nobody" in this model; it was left out of the filter.',
      'No events of kind "picnic" in this model; it was left out of the filter.',
    ]);
  });
});
