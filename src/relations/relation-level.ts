/** How many shades the relations matrix uses besides "none". */
export const RELATION_LEVELS = 5;

/**
 * The shade of a cell, 1 (lightest) to RELATION_LEVELS (darkest), 0 for an empty cell: on a square-root
 * scale of the count against the largest, so one statement still shows beside forty. The count itself
 * is always written in the cell; the shade only helps the eye find the busy pairs.
 */
export function getRelationLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(RELATION_LEVELS, Math.max(1, Math.ceil(RELATION_LEVELS * Math.sqrt(count / max))));
}
