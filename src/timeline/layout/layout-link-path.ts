import { linkHorizontal, linkVertical } from 'd3-shape';

/** A point in px. */
export interface LinkPoint {
  readonly x: number;
  readonly y: number;
}

export type LinkOrientation = 'horizontal' | 'vertical' | 'auto';

type Link = { source: [number, number]; target: [number, number] };

// Generators are made once: creating them per link per frame is pure garbage.
const horizontal = linkHorizontal<Link, [number, number]>();
const vertical = linkVertical<Link, [number, number]>();

/**
 * SVG path of a smooth cubic link between two points, e.g. a statement and its event.
 * 'auto' (default) leaves and enters horizontally when the points are further apart in x than in y.
 */
export function layoutLinkPath(from: LinkPoint, to: LinkPoint, orientation: LinkOrientation = 'auto'): string {
  const link: Link = { source: [from.x, from.y], target: [to.x, to.y] };
  const useHorizontal =
    orientation === 'horizontal' || (orientation === 'auto' && Math.abs(to.x - from.x) >= Math.abs(to.y - from.y));
  return (useHorizontal ? horizontal : vertical)(link) ?? '';
}
