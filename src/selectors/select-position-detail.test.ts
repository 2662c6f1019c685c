import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import type { Position } from '../model/types.ts';
import { selectPositionDetail } from './select-position-detail.ts';
import { getPositionTitle } from './get-position-title.ts';

describe('selectPositionDetail', () => {
  const model = loadModel(positionsModel());

  it('resolves the actor, topic and evidence quotes, and says until when it held', () => {
    const detail = selectPositionDetail(model, 'aster-truce-conditional');
    expect(detail?.actor?.name).toBe('Aster');
    expect(detail?.topic?.title).toBe('A thirty-day truce');
    expect(detail?.evidence.map((e) => [e.statement.id, e.speaker?.name, e.source?.source.id])).toEqual([['vale-ready', 'Ines Vale', 'forum-communique']]);
    expect(detail?.until?.raw).toBe('2025-03-20');
  });

  it('gives the actor\'s history on the topic in time order, and no end while it still holds', () => {
    const detail = selectPositionDetail(model, 'aster-truce-supports');
    expect(detail?.history.map((p: Position) => p.id)).toEqual(['aster-truce-conditional', 'aster-truce-supports']);
    expect(detail?.until).toBeUndefined();
  });

  it('is undefined for an id that is not a position', () => {
    expect(selectPositionDetail(model, 'aster')).toBeUndefined();
  });

  it('names a position by its actor and topic', () => {
    const position = model.positions.get('borea-truce-noncommittal' as never);
    expect(position && getPositionTitle(model, position)).toBe('Borea: A thirty-day truce');
  });
});
