import type { LinkPoint } from './layout-link-path';

/** Where an arc's end sits: on a drawn mark, or held at the window's left or right edge. */
export interface ArcEnd extends LinkPoint {
  /** `left`/`right`: the item lies outside the window on that side and the arc stops at the edge. */
  readonly clipped?: 'left' | 'right';
}

/**
 * The path of a reply arc from `from` (the reply) to `to` (what it answers): a quadratic curve that
 * arches above both ends, higher the further apart they are, so it never reads as the straight-ish
 * S-curve of an event-to-actor link. Ends further apart in y than in x (a same-day answer in another
 * lane) bow out to the right instead, so the arc does not lie on the day's gridline. Ends on (nearly)
 * the same spot give a small loop above the mark, so the arc still shows.
 */
export function layoutReplyArc(from: LinkPoint, to: LinkPoint): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.hypot(dx, dy) < 8) {
    const { x, y } = from;
    return `M${x - 4},${y - 6}C${x - 14},${y - 30} ${x + 14},${y - 30} ${x + 4},${y - 6}`;
  }
  if (Math.abs(dy) > Math.abs(dx)) {
    const bow = Math.min(70, Math.max(28, Math.abs(dy) * 0.25));
    return `M${from.x},${from.y}Q${Math.max(from.x, to.x) + bow},${(from.y + to.y) / 2} ${to.x},${to.y}`;
  }
  const lift = Math.min(90, Math.max(22, Math.abs(dx) * 0.35));
  const cx = (from.x + to.x) / 2;
  const cy = Math.min(from.y, to.y) - lift;
  return `M${from.x},${from.y}Q${cx},${cy} ${to.x},${to.y}`;
}

/**
 * Where an item at time span [start, end) ends an arc: its drawn mark when there is one; otherwise,
 * on its lane's row at its time, held at the window's edge (`clipped`) when it lies outside the window.
 */
export function locateArcEnd(
  drawn: LinkPoint | undefined,
  span: { readonly start: number; readonly end: number },
  window: { readonly start: number; readonly end: number },
  width: number,
  laneY: number,
): ArcEnd {
  if (drawn) return drawn;
  if (span.end <= window.start) return { x: 0, y: laneY, clipped: 'left' };
  if (span.start >= window.end) return { x: width, y: laneY, clipped: 'right' };
  const centre = (Math.max(span.start, window.start) + Math.min(span.end, window.end)) / 2;
  return { x: ((centre - window.start) / (window.end - window.start)) * width, y: laneY };
}
