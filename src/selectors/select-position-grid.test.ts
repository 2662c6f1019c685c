import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { selectPositionGrid } from './select-position-grid.ts';

const at = (raw: string) => parsePartialDate(raw) ?? { start: NaN, end: NaN };

describe('selectPositionGrid', () => {
  const model = loadModel(positionsModel());

  it('has a row per actor with positions (file order) and a column per topic', () => {
    const grid = selectPositionGrid(model, at('2025-03-13'));
    expect(grid.topics.map((t) => t.id)).toEqual(['truce', 'monitoring-mission']);
    expect(grid.rows.map((r) => r.actor.id)).toEqual(['aster', 'borea']);
  });

  it('fills each cell with the position that holds at the date, or leaves it empty', () => {
    const grid = selectPositionGrid(model, at('2025-03-13'));
    expect(grid.rows.map((r) => r.cells.map((c) => c.position?.id ?? null))).toEqual([
      ['aster-truce-conditional', 'aster-monitoring-proposes'],
      ['borea-truce-noncommittal', null],
    ]);
  });

  it('marks the positions taken within the date shown as changed', () => {
    const grid = selectPositionGrid(model, at('2025-03-13'));
    expect(grid.rows.map((r) => r.cells.map((c) => c.changed))).toEqual([[false, false], [true, false]]);
    expect(selectPositionGrid(model, at('2025-03')).rows[0]?.cells.map((c) => [c.position?.id, c.changed])).toEqual([
      ['aster-truce-supports', true],
      ['aster-monitoring-proposes', true],
    ]);
  });

  it('keeps rows before any position holds, so the table does not jump', () => {
    const grid = selectPositionGrid(model, at('2025-02'));
    expect(grid.rows.map((r) => r.cells.every((c) => c.position === undefined))).toEqual([true, true]);
  });

  it('is empty for a model without topics', () => {
    expect(selectPositionGrid(loadModel(positionsModel((f) => ((f.positions = []), (f.topics = [])))), at('2025'))).toEqual({ topics: [], rows: [] });
  });
});
