/** Geometry constants shared by the scene and the SVG that draws it. */
export const SCENE = {
  rowHeight: 20,
  laneTopPad: 13,
  laneBottomPad: 11,
  markRadius: 6,
  bandHeight: 10,
  /** Two point marks closer than this (px between their extents) merge into a counted cluster. */
  clusterGap: 6,
  /** A cluster stops growing at this width, so dense stretches read as a row of counts. */
  maxClusterWidth: 120,
  charWidth: 6.6,
  labelGap: 4,
  maxLabelWidth: 230,
  minLabelWidth: 40,
} as const;

/** Width of a cluster's count pill, as drawn by the scene layer. */
export function clusterPillWidth(count: number): number {
  return Math.max(22, 8 + String(count).length * 8);
}

/** Height of a lane with `rows` event rows plus its row of quote markers. */
export function laneHeightFor(rows: number): number {
  return SCENE.laneTopPad + rows * SCENE.rowHeight + SCENE.laneBottomPad;
}
