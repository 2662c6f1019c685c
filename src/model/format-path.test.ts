import { describe, expect, it } from 'vitest';
import { formatPath } from './format-path.ts';

describe('formatPath', () => {
  it('writes root keys bare, indexes in brackets and nested keys after dots', () => {
    expect(formatPath(['title'])).toBe('title');
    expect(formatPath(['events', 0, 'participants', 1, 'actor'])).toBe('events[0].participants[1].actor');
    expect(formatPath([])).toBe('');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['events', 0, 'odd key'])).toBe('events[0]["odd key"]');
    expect(formatPath(['$schema'])).toBe('$schema');
  });
});
