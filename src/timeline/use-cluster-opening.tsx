import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Model, TimeSpan } from '../model/types';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { SceneCluster, TimelineScene } from './scene/layout-timeline-scene';
import type { TimelineViewport } from './use-timeline-viewport';
import { afterFirstPaint } from './first-paint';

// What a click on a cluster needs (cluster-opening.ts): fetched after the first paint.
const loadClusterOpening = () => import('./cluster-opening');
type ClusterOpening = Awaited<ReturnType<typeof loadClusterOpening>>;
afterFirstPaint().then(loadClusterOpening).catch(() => undefined);

interface ClusterOpeningOptions {
  readonly model: Model;
  readonly tracks: TimelineTracks;
  readonly scene: TimelineScene | undefined;
  /**
   * The window `scene` is laid out for. Not always the viewport's drawn window: while a large scene's
   * next layout runs in slices, the one on screen is an earlier window's, moved into place, and its
   * clusters' positions are in that window's coordinates.
   */
  readonly sceneWindow: TimeSpan;
  readonly viewport: TimelineViewport;
  readonly containerRef: RefObject<HTMLElement | null>;
  /** Top of the plot below the container's top, and the lane-label gutter left of it (px). */
  readonly plotTop: number;
  readonly gutter: number;
  readonly fullWidth: number;
  readonly onShowEvent: (id: string) => void;
  readonly onShowStatement: (id: string) => void;
}

/**
 * "Zoom in" on a cluster goes where its items come apart; what no zoom parts is listed under it.
 * Returns the click handler and the list, if one is open.
 */
export function useClusterOpening({ model, tracks, scene, sceneWindow, viewport, containerRef, plotTop, gutter, fullWidth, onShowEvent, onShowStatement }: ClusterOpeningOptions) {
  const [listed, setListed] = useState<{ cluster: SceneCluster; at: TimelineViewport['shown']; top: number; opening: ClusterOpening } | undefined>(undefined);
  const close = useCallback(() => setListed(undefined), []);
  const width = Math.max(0, fullWidth - gutter);
  // Read when a cluster is clicked, so the handler stays the same while the view moves (it is a prop
  // of every cluster in the memoized scene layer).
  const latest = useRef({ tracks, viewport, width, sceneWindow });
  useLayoutEffect(() => {
    latest.current = { tracks, viewport, width, sceneWindow };
  });
  const openCluster = useCallback(
    (cluster: SceneCluster) => {
      const { tracks: t, viewport: v, width: w, sceneWindow: laidOutFor } = latest.current;
      const top = (containerRef.current?.offsetTop ?? 0) + plotTop + cluster.y + 12;
      loadClusterOpening()
        .then((opening) => {
          const plan = opening.planClusterZoom({ tracks: t, base: v.base, transform: v.transformOf(laidOutFor), scaleExtent: v.scaleExtent, width: w, cluster });
          if (plan) v.moveTo(plan, true);
          else setListed({ cluster, at: v.shown, top, opening });
        })
        // Offline since the first paint: zoom to the cluster's span, as before that code existed.
        .catch(() => v.show(cluster.span, { animate: true, fit: true }));
    },
    [containerRef, plotTop],
  );
  const { shown } = viewport;
  // The list belongs to the scene it was opened in: a zoom or a new layout closes it.
  const open = listed && listed.at === shown && scene?.clusters.includes(listed.cluster) ? listed : undefined;
  const listWidth = Math.min(320, fullWidth - 16);
  const list = open && (
    <open.opening.ClusterList
      model={model}
      cluster={open.cluster}
      left={Math.max(8, Math.min(fullWidth - listWidth - 8, gutter + open.cluster.cx - listWidth / 2))}
      top={open.top}
      width={listWidth}
      onShowEvent={onShowEvent}
      onShowStatement={onShowStatement}
      onClose={close}
    />
  );
  return { openCluster, list };
}
