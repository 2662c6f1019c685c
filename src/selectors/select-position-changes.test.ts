import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { selectAdjacentChanges, selectPositionChanges } from './select-position-changes.ts';

const date = (raw: string) => parsePartialDate(raw) ?? { start: NaN };

describe('selectPositionChanges', () => {
  const changes = selectPositionChanges(loadModel(positionsModel()));

  it('lists each date a position was taken on once, in time order', () => {
    expect(changes.map((d) => d.raw)).toEqual(['2025-03', '2025-03-12', '2025-03-13', '2025-03-20']);
  });

  it('counts dates that start at the same moment as one change, written as the more precise', () => {
    const same = loadModel(positionsModel((f) => {
      f.positions.push({ id: 'borea-monitoring', actor: 'borea', topic: 'monitoring-mission', stance: 'opposes', date: '2025-03-13T00:00Z', evidence: ['bask-reply'] });
    }));
    expect(selectPositionChanges(same).map((d) => d.raw)).toEqual(['2025-03', '2025-03-12', '2025-03-13T00:00Z', '2025-03-20']);
  });

  it('steps to the next change after the date shown, and back to the one before', () => {
    expect(selectAdjacentChanges(changes, date('2025-03-12'))).toMatchObject({ previous: { raw: '2025-03' }, next: { raw: '2025-03-13' } });
    expect(selectAdjacentChanges(changes, date('2025-03-13'))).toMatchObject({ previous: { raw: '2025-03-12' }, next: { raw: '2025-03-20' } });
    expect(selectAdjacentChanges(changes, date('2025-03-15'))).toMatchObject({ previous: { raw: '2025-03-13' }, next: { raw: '2025-03-20' } });
  });

  it('walks every change in order from the first to the last and back', () => {
    const walked = [changes[0]];
    for (let step = selectAdjacentChanges(changes, changes[0]!).next; step; step = selectAdjacentChanges(changes, step).next) walked.push(step);
    expect(walked).toEqual(changes);
    const back = [changes.at(-1)];
    for (let step = selectAdjacentChanges(changes, changes.at(-1)!).previous; step; step = selectAdjacentChanges(changes, step).previous) back.push(step);
    expect(back).toEqual([...changes].reverse());
  });

  it('has no previous change before the first, and no next after the last', () => {
    expect(selectAdjacentChanges(changes, date('2025-02-27'))).toEqual({ next: changes[0] });
    expect(selectAdjacentChanges(changes, date('2025-04-02'))).toEqual({ previous: changes[3] });
  });

  it('gives nothing to step to in a model without positions', () => {
    const none = selectPositionChanges(loadModel(positionsModel((f) => (f.positions = []))));
    expect(none).toEqual([]);
    expect(selectAdjacentChanges(none, date('2025-03'))).toEqual({});
  });
});
