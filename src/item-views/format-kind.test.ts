import { describe, expect, it } from 'vitest';
import { formatKind } from './format-kind.ts';

describe('formatKind', () => {
  it('turns separators into spaces', () => {
    expect(formatKind('press-conference')).toBe('press conference');
    expect(formatKind('prisoner_exchange')).toBe('prisoner exchange');
  });

  it('words the event kind "statement" so it never reads like the model’s statements (the quotes)', () => {
    expect(formatKind('statement')).toBe('public remarks');
    expect(formatKind('statement')).not.toMatch(/statement/i);
  });

  it('keeps other kinds, and names of Object.prototype, as written', () => {
    expect(formatKind('talks')).toBe('talks');
    expect(formatKind('constructor')).toBe('constructor');
  });
});
