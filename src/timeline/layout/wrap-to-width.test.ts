import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrapToWidth } from './wrap-to-width';

describe('wrapToWidth', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapToWidth('Russia', 70, 7)).toEqual(['Russia']);
  });

  it('breaks between words instead of truncating', () => {
    expect(wrapToWidth('United States', 70, 7)).toEqual(['United', 'States']);
    expect(wrapToWidth('Mohammed bin Salman', 70, 7)).toEqual(['Mohammed', 'bin Salman']);
  });

  it('truncates what the last line cannot hold', () => {
    expect(wrapToWidth('Kirill Dmitriev of the Russian Direct Investment Fund', 70, 7)).toEqual(['Kirill', 'Dmitriev…']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapToWidth('Verkhovna Rada', 42, 7)).toEqual(['Verkh…', 'Rada']);
  });

  it('never makes more lines than asked, nor a line wider than the width, and loses no word that fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,14}$/), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 14, max: 200 }),
        fc.integer({ min: 1, max: 3 }),
        (words, width, maxLines) => {
          const lines = wrapToWidth(words.join(' '), width, 7, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(Array.from(line).length * 7).toBeLessThanOrEqual(width);
          // Without an ellipsis, the lines are the words in order.
          if (!lines.some((l) => l.includes('…'))) expect(lines.join(' ')).toBe(words.join(' '));
        },
      ),
    );
  });
});
