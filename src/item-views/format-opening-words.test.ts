import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatOpeningWords } from './format-opening-words.ts';

describe('formatOpeningWords', () => {
  it('keeps a short text whole, spaces tidied', () => {
    expect(formatOpeningWords('  The ball is now\nin their court. ')).toBe('The ball is now in their court.');
  });

  it('cuts a long text after a whole word and marks the cut', () => {
    expect(formatOpeningWords('These 30 days – how will they be used? To continue forced mobilization in Ukraine?', 48))
      .toBe('These 30 days – how will they be used? To…');
  });

  it('drops a dangling dash or comma before the mark', () => {
    expect(formatOpeningWords('These 30 days – how will they be used?', 16)).toBe('These 30 days…');
  });

  it('never returns more than the limit plus the mark, and starts with the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 8, max: 120 }), (text, max) => {
        const opening = formatOpeningWords(text, max);
        expect(opening.length).toBeLessThanOrEqual(max + 1);
        const flat = text.replace(/\s+/g, ' ').trim();
        expect(flat.startsWith(opening.replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});
