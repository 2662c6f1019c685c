import { describe, expect, it } from 'vitest';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape';
import { getEventGlyphPath, GLYPH_PATHS, isHollowGlyph } from './event-glyph';

describe('event glyphs', () => {
  it('are d3-shape symbols of 90 px² (regenerate GLYPH_PATHS from this test if the design changes)', () => {
    const types = { talks: symbolCircle, meeting: symbolSquare, visit: symbolTriangle, call: symbolDiamond, proposal: symbolWye, agreement: symbolStar, military: symbolCross };
    for (const [kind, type] of Object.entries(types)) {
      expect(GLYPH_PATHS[kind as keyof typeof GLYPH_PATHS], kind).toBe(symbol(type, 90).digits(2)());
    }
    expect(Object.keys(GLYPH_PATHS).sort()).toEqual(Object.keys(types).sort());
  });

  it('gives each documented kind its own shape, filled', () => {
    const paths = ['talks', 'meeting', 'visit', 'call', 'proposal', 'agreement', 'military'].map(getEventGlyphPath);
    expect(new Set(paths).size).toBe(7);
    expect(['talks', 'meeting', 'military'].some(isHollowGlyph)).toBe(false);
  });

  it('draws statements and unknown kinds as a hollow ring, also for names of Object.prototype', () => {
    for (const kind of ['statement', 'sanctions', 'toString', 'constructor']) {
      expect(getEventGlyphPath(kind)).toBe(GLYPH_PATHS.talks);
      expect(isHollowGlyph(kind)).toBe(true);
    }
  });
});
