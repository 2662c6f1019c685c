import type { ScaleTime } from 'd3-scale';
import { fitTransform } from '../layout/fit-transform';
import { linearScaleOf } from '../layout/linear-scale-of';
import { transformForWindow } from '../layout/transform-for-window';
import { rescaleTime, type ViewTransform } from '../layout/view-transform';
import { windowOfTransform } from '../layout/window-of-transform';
import type { TimelineTracks } from './build-timeline-tracks';
import { layoutTimelineScene, type SceneCluster } from './layout-timeline-scene';

export interface ClusterZoomInput {
  readonly tracks: TimelineTracks;
  /** The unzoomed scale, range [0, width]. */
  readonly base: ScaleTime<number, number>;
  /** The zoom the cluster was laid out at. */
  readonly transform: ViewTransform;
  readonly scaleExtent: readonly [number, number];
  readonly width: number;
  readonly cluster: SceneCluster;
}

/** Less zoom than this is no zoom: the reader would see the same cluster again. */
const LEAST_ZOOM = 1.01;

/** The ids of a cluster's items. */
export function listClusterIds(cluster: SceneCluster): string[] {
  return Array.from(cluster.members, (m) => cluster.items[m]!.id);
}

/**
 * Where "zoom in" on a cluster goes: the first window, zooming in, at which its items no longer sit
 * in one cluster of their lane, or undefined when no zoom tells them apart (quotes said at the same
 * moment, or more events at one moment than the lane has rows): the timeline lists them instead.
 * First the window that fits the items' span (what a reader expects); when that still groups them (an
 * overview's labels can take every row), windows half as long, then a quarter, …, centred on the
 * cluster, down to the deepest zoom. Each try lays out only the cluster's lane: a handful of layouts
 * on a click, none per frame.
 */
export function planClusterZoom({ tracks, base, transform, scaleExtent, width, cluster }: ClusterZoomInput): ViewTransform | undefined {
  if (!cluster.separable) return undefined;
  const track = tracks.tracks[cluster.lane];
  if (!track) return undefined;
  const lane: TimelineTracks = { ...tracks, tracks: [track] };
  const ids = new Set(listClusterIds(cluster));
  const isApart = (candidate: ViewTransform): boolean => {
    const zoomed = rescaleTime(base, candidate);
    const scene = layoutTimelineScene({ tracks: lane, scale: linearScaleOf(zoomed), invert: (x) => zoomed.invert(x).getTime(), width });
    const { start: t0, end: t1 } = windowOfTransform(base, candidate);
    const items = cluster.kind === 'event' ? track.events : track.statements;
    let inView = 0;
    for (const item of items) if (ids.has(item.id) && item.span.end > t0 && item.span.start < t1) inView++;
    if (inView < 2) return false;
    // Apart when no one cluster counts every one of them that is in view.
    return !scene.clusters.some((c) => c.kind === cluster.kind && listClusterIds(c).filter((id) => ids.has(id)).length === inView);
  };
  const fitted = fitTransform(base, cluster.span, { scaleExtent });
  if (fitted.k > transform.k * LEAST_ZOOM && isApart(fitted)) return fitted;
  const shown = windowOfTransform(base, transform);
  const centre = rescaleTime(base, transform).invert(cluster.cx).getTime();
  const kMax = scaleExtent[1];
  for (let length = (shown.end - shown.start) / 2; ; length /= 2) {
    const candidate = transformForWindow(base, centre - length / 2, centre + length / 2, scaleExtent);
    if (candidate.k > transform.k * LEAST_ZOOM && isApart(candidate)) return candidate;
    if (candidate.k >= kMax) return undefined;
  }
}
