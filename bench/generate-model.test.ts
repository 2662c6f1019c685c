import { describe, expect, it } from 'vitest';
import { validateModel } from '../src/model/validate-model.ts';
import { generateModel } from './generate-model.ts';

describe('generateModel', () => {
  it('generates a valid model with no warnings', () => {
    const result = validateModel(generateModel({ events: 2000, actors: 40, statements: 1000, seed: 7 }));
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it('generates the requested numbers of entities', () => {
    const file = generateModel({ events: 300, actors: 12, statements: 150 });
    expect([file.events?.length, file.actors?.length, file.statements?.length]).toEqual([300, 12, 150]);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    const a = JSON.stringify(generateModel({ events: 200, actors: 10, statements: 50, seed: 3 }));
    expect(JSON.stringify(generateModel({ events: 200, actors: 10, statements: 50, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateModel({ events: 200, actors: 10, statements: 50, seed: 4 }))).not.toBe(a);
  });

  it('mixes precisions, ranges and 2–4 participants over 2021–2023', () => {
    const result = validateModel(generateModel({ events: 2000, actors: 40, statements: 0, seed: 1 }));
    if (!result.ok) throw new Error('invalid');
    const events = [...result.model.events.values()];
    const share = (test: (e: (typeof events)[number]) => boolean) => events.filter(test).length / events.length;
    expect(share((e) => e.start.precision === 'day')).toBeGreaterThan(0.6);
    for (const precision of ['year', 'month', 'minute'] as const) expect(share((e) => e.start.precision === precision)).toBeGreaterThan(0.03);
    expect(share((e) => e.end !== undefined)).toBeGreaterThan(0.1);
    expect(events.every((e) => e.participants.length >= 2 && e.participants.length <= 4)).toBe(true);
    expect(result.model.extent?.start).toBe(Date.UTC(2021, 0, 1));
    expect(result.model.extent?.end).toBeLessThanOrEqual(Date.UTC(2024, 3, 1));
  });

  it('works for tiny and empty models', () => {
    expect(validateModel(generateModel({ events: 0, actors: 1, statements: 0 })).ok).toBe(true);
    expect(validateModel(generateModel({ events: 5, actors: 2, statements: 5 })).ok).toBe(true);
  });
});
