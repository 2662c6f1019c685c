import { describe, expect, it } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { minimalModel } from '../testing/fixtures/minimal-model.ts';
import { selectPositionsDate } from './select-positions-date.ts';

describe('selectPositionsDate', () => {
  const model = loadModel(positionsModel());

  it('takes the date the reader chose first, then the end of the time window', () => {
    expect(selectPositionsDate(model, '2025-03-13', '2025-03-20')?.raw).toBe('2025-03-13');
    expect(selectPositionsDate(model, null, '2025-03-20')?.raw).toBe('2025-03-20');
  });

  it('falls back to the last day of the model', () => {
    // The fixture's monitoring mission runs until April 2025 (inclusive).
    expect(selectPositionsDate(model, null, undefined)?.raw).toBe('2025-04-30');
  });

  it('has no date for a model with nothing dated', () => {
    expect(selectPositionsDate(loadModel(minimalModel()), null, undefined)).toBeUndefined();
  });
});
