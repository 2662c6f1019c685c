import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { ACTOR_COLOR_COUNT, selectActorColors } from './select-actor-colors.ts';

describe('selectActorColors', () => {
  it('gives each state the next slot in file order and its people and organisations the same', () => {
    const colors = selectActorColors(loadModel());
    expect(Object.fromEntries(colors)).toEqual({
      aster: 'var(--actor-0)',
      borea: 'var(--actor-1)',
      'ines-vale': 'var(--actor-0)',
      'oren-bask': 'var(--actor-1)',
      // Calder is no state and belongs to none, so it takes a slot of its own; its monitors share it.
      calder: 'var(--actor-2)',
      monitors: 'var(--actor-2)',
    });
  });

  it('wraps around the palette when there are more states than colours', () => {
    const states = Object.fromEntries(Array.from({ length: ACTOR_COLOR_COUNT + 1 }, (_, i) => [`state-${i}`, { name: `State ${i}`, kind: 'state' as const }]));
    const colors = selectActorColors(loadModel(validModel({ actors: states })));
    // Aster and Borea take the first two slots, so the state after the first  comes round to Aster's.
    expect(colors.get(`state-${ACTOR_COLOR_COUNT - 2}` as never)).toBe(colors.get('aster' as never));
    expect(new Set(colors.values()).size).toBe(ACTOR_COLOR_COUNT);
  });

  it('works the colours out once per model, so every view that asks shares them', () => {
    const model = loadModel();
    expect(selectActorColors(model)).toBe(selectActorColors(model));
    expect(selectActorColors(loadModel())).not.toBe(selectActorColors(model));
  });
});
