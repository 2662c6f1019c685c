import { describe, expect, it } from 'vitest';
import { validateModel } from '../model/validate-model.ts';
import { eventListTestFile } from './event-list-test-model.ts';

describe('the event list test model', () => {
  it('is a valid model file without warnings', () => {
    const result = validateModel(eventListTestFile());
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });
});
