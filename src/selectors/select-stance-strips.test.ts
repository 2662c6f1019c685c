import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import type { TopicId } from '../model/types.ts';
import { selectStanceStrips } from './select-stance-strips.ts';

const day = (d: number) => Date.UTC(2025, 2, d);

describe('selectStanceStrips', () => {
  it('gives each actor one band per position, from it to the next, the last to the end', () => {
    const model = loadModel(positionsModel());
    const strips = selectStanceStrips(model, 'truce' as TopicId, day(31));
    expect([...strips.keys()]).toEqual(['aster', 'borea']);
    expect(strips.get('aster' as never)?.map((s) => [s.position.stance, s.start, s.end, s.changed])).toEqual([
      ['conditional', day(12), day(20), true],
      ['supports', day(20), day(31), true],
    ]);
    expect(strips.get('borea' as never)?.map((s) => [s.start, s.end])).toEqual([[day(13), day(31)]]);
  });

  it('marks no change where a position repeats the stance before it', () => {
    const model = loadModel(positionsModel((f) => {
      const supports = f.positions.find((p) => p.id === 'aster-truce-supports');
      if (supports) (supports as { stance: string }).stance = 'conditional';
    }));
    expect(selectStanceStrips(model, 'truce' as TopicId, day(31)).get('aster' as never)?.map((s) => s.changed)).toEqual([true, false]);
  });

  it('never gives a band that ends before it starts', () => {
    const model = loadModel(positionsModel());
    expect(selectStanceStrips(model, 'truce' as TopicId, day(1)).get('borea' as never)?.[0]).toMatchObject({ start: day(13), end: day(13) });
  });

  it('has no strips for a topic nobody took a position on', () => {
    expect(selectStanceStrips(loadModel(positionsModel()), 'nothing' as TopicId, day(31)).size).toBe(0);
  });
});
