/** Room kept free at each end of a shown window, in px. */
export interface WindowEdges {
  readonly left: number;
  readonly right: number;
}

/**
 * Room at the ends of the plot, outside the time window it shows: a little at the left for the first
 * mark's glyph, more at the right, where the last event's label runs on past its mark (labels are
 * drawn to the right). The same edges apply to "Fit all" (the base scale) and to any window asked for
 * (a link, the opening view, a cluster, a selection), and are left out again when a zoom is read back
 * as a window, so a window survives the round trip through the URL unchanged.
 */
export function getWindowEdges(width: number): WindowEdges {
  return { left: Math.min(24, width * 0.03), right: Math.min(180, width * 0.16) };
}
