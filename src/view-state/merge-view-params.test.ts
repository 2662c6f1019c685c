import { describe, expect, it } from 'vitest';
import { mergeViewParams } from './merge-view-params.ts';

describe('mergeViewParams', () => {
  it.each([
    ['', '', ''],
    ['?', '', ''],
    ['', 'event=a', '?event=a'],
    ['?event=a&from=2025&to=2025', 'actor=b', '?actor=b'],
    ['?embed=1&event=a&theme=dark', 'event=b', '?embed=1&theme=dark&event=b'],
    ['?embed=1&event=a', '', '?embed=1'],
    // Foreign values keep their exact spelling, encoded or not.
    ['?model=https://x.example/m.json&ref=a%20b+c', 'q=x', '?model=https://x.example/m.json&ref=a%20b+c&q=x'],
    // A view parameter spelled with escapes in its name is still the view's.
    ['?%65vent=a&flag', 'view=list', '?flag&view=list'],
    ['?%E0%A4%A=1', '', '?%E0%A4%A=1'],
  ])('merges %j with %j into %j', (search, viewParams, expected) => {
    expect(mergeViewParams(search, viewParams)).toBe(expected);
  });
});
