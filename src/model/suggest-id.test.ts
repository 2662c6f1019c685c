import { describe, expect, it } from 'vitest';
import { getEditDistance, suggestId } from './suggest-id.ts';

describe('getEditDistance', () => {
  it.each([
    ['putin', 'putin', 0],
    ['putn', 'putin', 1],
    ['titel', 'title', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('counts %j → %j as %i edits', (a, b, d) => expect(getEditDistance(a, b)).toBe(d));

  it('gives up above the limit', () => {
    expect(getEditDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('suggestId', () => {
  const actors = ['putin', 'zelensky', 'trump', 'witkoff'];

  it('suggests the closest id for a near miss', () => {
    expect(suggestId('putn', actors)).toBe('putin');
    expect(suggestId('zelenskyy', actors)).toBe('zelensky');
  });

  it('ignores case when comparing', () => {
    expect(suggestId('Trump', actors)).toBe('trump');
  });

  it('suggests nothing when no id is close', () => {
    expect(suggestId('macron', actors)).toBeUndefined();
    expect(suggestId('x', [])).toBeUndefined();
  });
});
