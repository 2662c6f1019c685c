import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/** The documented common event kinds each get a shape, so kinds never rely on colour alone. */
const SYMBOLS: Record<string, SymbolType> = {
  talks: symbolCircle,
  meeting: symbolSquare,
  visit: symbolTriangle,
  call: symbolDiamond,
  proposal: symbolWye,
  agreement: symbolStar,
  military: symbolCross,
};

/** Area in px² that makes the symbols look about 11 px across. */
const AREA = 90;
const cache = new Map<string, string>();

/** SVG path (centred on 0,0) of the glyph for an event kind; unknown kinds and `statement` get a ring. */
export function getEventGlyphPath(kind: string): string {
  const key = SYMBOLS[kind] ? kind : 'other';
  let path = cache.get(key);
  if (!path) {
    path = symbol(SYMBOLS[kind] ?? symbolCircle, AREA)() ?? '';
    cache.set(key, path);
  }
  return path;
}

/** Kinds drawn hollow: "statement" and anything not in the documented list. */
export function isHollowGlyph(kind: string): boolean {
  return !SYMBOLS[kind];
}
