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
  /** A quote callout starts this far after its marker's box and stops this far before the next box. */
  calloutGap: 4,
  /** Estimated width of a callout character (11.5 px serif text, generously: jsdom cannot measure). */
  calloutCharWidth: 6.6,
  /** Narrower room than this after a quote marker gets no callout. */
  minCalloutWidth: 72,
  maxCalloutWidth: 280,
  /** Callouts are drawn once a day is at least this wide (px): at day zoom, not in an overview. */
  calloutDayWidth: 12,
} as const;

/** What a paraphrase's callout starts with (its words follow without quotation marks), and its characters with the space after it. */
export const PARAPHRASE_TAG = 'Paraphrase:';
export const PARAPHRASE_TAG_CHARS = PARAPHRASE_TAG.length + 1;

/** Width of a cluster's count pill, as drawn by the scene layer. */
export function clusterPillWidth(count: number): number {
  return Math.max(22, 8 + String(count).length * 8);
}

/** Height of a lane with `rows` event rows plus its row of quote markers. */
export function laneHeightFor(rows: number): number {
  return SCENE.laneTopPad + rows * SCENE.rowHeight + SCENE.laneBottomPad;
}

/** The y of a lane's quote row: its bottom row, with the quote markers and the events no other row could hold. */
export function quoteRowY(laneTop: number, laneHeight: number): number {
  return laneTop + laneHeight - SCENE.laneBottomPad - 2;
}
