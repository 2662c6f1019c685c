import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { ActorId, StatementId } from '../model/types.ts';
import { selectActorPositions, selectPositionsShownBy } from './select-positions-shown-by.ts';
import { selectTopicPositions } from './select-topic-positions.ts';

describe('selectPositionsShownBy', () => {
  const model = loadModel(positionsModel());

  it('lists the positions the statements are evidence for, once each, in time order', () => {
    expect(selectPositionsShownBy(model, ['bask-reply', 'vale-ready', 'vale-ready'] as StatementId[]).map((p) => p.id)).toEqual([
      'aster-monitoring-proposes', 'aster-truce-conditional', 'borea-truce-noncommittal', 'aster-truce-supports',
    ]);
    expect(selectPositionsShownBy(model, ['bask-reply'] as StatementId[]).map((p) => p.id)).toEqual(['borea-truce-noncommittal']);
  });

  it('lists nothing for statements that are no evidence, or in a model without positions', () => {
    expect(selectPositionsShownBy(model, [])).toEqual([]);
    expect(selectPositionsShownBy(loadModel(validModel()), ['vale-ready'] as StatementId[])).toEqual([]);
  });
});

describe('selectActorPositions', () => {
  it('lists an actor’s positions on every topic in time order, and nothing for an actor without', () => {
    const model = loadModel(positionsModel());
    expect(selectActorPositions(model, 'aster' as ActorId).map((p) => p.id)).toEqual(['aster-monitoring-proposes', 'aster-truce-conditional', 'aster-truce-supports']);
    expect(selectActorPositions(model, 'calder' as ActorId)).toEqual([]);
  });
});

describe('selectTopicPositions', () => {
  it('gives each topic in file order with its positions in time order', () => {
    expect(selectTopicPositions(loadModel(positionsModel())).map(({ topic, positions }) => [topic.id, positions.map((p) => p.id)])).toEqual([
      ['truce', ['aster-truce-conditional', 'borea-truce-noncommittal', 'aster-truce-supports']],
      ['monitoring-mission', ['aster-monitoring-proposes']],
    ]);
  });
});
