import { describe, expect, it } from 'vitest';
import { formatRelation } from './format-relation.ts';

describe('formatRelation', () => {
  it('writes an outgoing relation in words', () => {
    expect(formatRelation('follows', 'outgoing')).toBe('follows');
    expect(formatRelation('responds-to', 'outgoing')).toBe('responds to');
  });

  it('writes a known incoming relation in the passive', () => {
    expect(formatRelation('follows', 'incoming')).toBe('followed by');
    expect(formatRelation('responds-to', 'incoming')).toBe('responded to by');
  });

  it('keeps the words of an unknown incoming relation and says who named it', () => {
    expect(formatRelation('escalates', 'incoming')).toBe('named as ‘escalates’ by');
    expect(formatRelation('constructor', 'incoming')).toBe('named as ‘constructor’ by');
  });
});
