import { describe, expect, it } from 'vitest';
import { truncateToWidth } from './truncate-to-width';

describe('truncateToWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateToWidth('Minsk II', 56, 7)).toBe('Minsk II');
  });

  it('cuts text that does not fit and ends it with an ellipsis within the width', () => {
    const cut = truncateToWidth('Treaty of Westphalia', 70, 7);
    expect(cut).toBe('Treaty of…');
    expect(cut.length * 7).toBeLessThanOrEqual(70);
  });

  it('drops trailing spaces before the ellipsis', () => {
    expect(truncateToWidth('Camp David Accords', 42, 7)).toBe('Camp…');
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(truncateToWidth('𝔄𝔅𝔆𝔇𝔈', 21, 7)).toBe('𝔄𝔅…');
  });

  it('returns an ellipsis or nothing when there is room for at most one character', () => {
    expect(truncateToWidth('Yalta', 8, 7)).toBe('…');
    expect(truncateToWidth('Yalta', 5, 7)).toBe('');
  });
});
