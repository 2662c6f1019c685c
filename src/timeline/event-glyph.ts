/**
 * SVG paths of d3-shape's symbols (circle, square, triangle, diamond, wye, star, cross) at an area
 * of 90 px², about 11 px across, to 2 decimals. They are constants, so the first paint does not
 * need d3-shape; event-glyph.test.ts regenerates them with d3-shape and fails if they drift.
 */
export const GLYPH_PATHS = {
  talks: 'M5.35,0A5.35,5.35,0,1,1,-5.35,0A5.35,5.35,0,1,1,5.35,0',
  meeting: 'M-4.74,-4.74h9.49v9.49h-9.49Z',
  visit: 'M0,-8.32L7.21,4.16L-7.21,4.16Z',
  call: 'M0,-8.83L5.1,0L0,8.83L-5.1,0Z',
  proposal: 'M2.56,1.48L2.56,6.6L-2.56,6.6L-2.56,1.48L-6.99,-1.08L-4.43,-5.52L0,-2.96L4.43,-5.52L6.99,-1.08Z',
  agreement: 'M0,-8.95L2.01,-2.77L8.52,-2.77L3.25,1.06L5.26,7.24L0,3.42L-5.26,7.24L-3.25,1.06L-8.52,-2.77L-2.01,-2.77Z',
  military: 'M-6.36,-2.12L-2.12,-2.12L-2.12,-6.36L2.12,-6.36L2.12,-2.12L6.36,-2.12L6.36,2.12L2.12,2.12L2.12,6.36L-2.12,6.36L-2.12,2.12L-6.36,2.12Z',
} as const satisfies Record<string, string>;

/** The documented common event kinds, which each get their own shape, so kinds never rely on colour alone. */
type GlyphKind = keyof typeof GLYPH_PATHS;

function isGlyphKind(kind: string): kind is GlyphKind {
  return Object.hasOwn(GLYPH_PATHS, kind);
}

/** SVG path (centred on 0,0) of the glyph for an event kind; unknown kinds and `statement` get a ring. */
export function getEventGlyphPath(kind: string): string {
  return isGlyphKind(kind) ? GLYPH_PATHS[kind] : GLYPH_PATHS.talks;
}

/** Kinds drawn hollow: "statement" and anything not in the documented list. */
export function isHollowGlyph(kind: string): boolean {
  return !isGlyphKind(kind);
}
