import { useMemo, type ReactNode, type Ref } from 'react';
import type { Model, TimeSpan } from '../model/types';
import type { Selection } from '../view-state/view-state';
import type { LiveWindow } from './live-window';
import type { Lane } from './layout/layout-lanes';
import type { SceneCluster, TimelineScene } from './scene/layout-timeline-scene';
import type { SceneCallout } from './scene/layout-quote-callouts';
import type { DrawnRows } from './use-progressive-paint';
import type { TabStop } from './use-roving-tab-stop';
import type { SelectionOverlays } from './use-selection-overlays';
import { LaneLabels } from './lane-labels';
import { SceneLayer } from './scene-layer';
import { LiveFrame } from './live-frame';
import { LiveTimeAxis } from './live-time-axis';

/** Height of the time axis above the plot. */
export const AXIS_HEIGHT = 44;

interface TimelinePlotProps {
  model: Model;
  scene: TimelineScene;
  /** Opening words of quotes beside their markers (layoutQuoteCallouts of `scene`). */
  callouts: readonly SceneCallout[];
  /** The window on screen, on every frame of a gesture (the axis and the marks' transform follow it). */
  live: LiveWindow;
  /** The window the scene is laid out for (reply arcs stop at its edges). */
  drawn: TimeSpan;
  /** A large scene: a gesture moves a canvas copy of the marks (see LiveFrame). */
  snapshot: boolean;
  /** Full width (gutter + plot) and the gutter for lane labels (0: no labels). */
  fullWidth: number;
  gutter: number;
  lanes: readonly Lane[];
  laneColorOf: (lane: Lane) => string | undefined;
  colorOf: (actorId: string | undefined) => string | undefined;
  highlightedLane: string | undefined;
  selection: Selection | null;
  /** The thread in force (`thread=`): its replies are drawn as arcs. */
  thread: string | null;
  /** The selection's curves and reply arcs, once their module has arrived. */
  overlays: SelectionOverlays | undefined;
  linked: ReadonlySet<string> | undefined;
  tabStop: TabStop | undefined;
  drawnRows: DrawnRows | undefined;
  plotRef: Ref<HTMLDivElement>;
  /** The accessible name of the marks' group. */
  layerName: string;
  onShowEvent: (id: string) => void;
  onShowActor: (id: string) => void;
  onShowStatement: (id: string) => void;
  /** Zooms in on a cluster, or lists what it holds when no zoom parts it. */
  onOpenCluster: (cluster: SceneCluster) => void;
  /** Drawn under the marks in plot coordinates, moved with them (the stance strips). */
  overlay?: ReactNode;
}

/** The axis and lane labels (one SVG), and over them the plot: the element gestures bind to, holding the marks. */
export function TimelinePlot({
  model, scene, callouts, live, drawn, snapshot, fullWidth, gutter, lanes, laneColorOf, colorOf, highlightedLane, selection, thread, overlays, linked, tabStop, drawnRows, plotRef, layerName,
  onShowEvent, onShowActor, onShowStatement, onOpenCluster, overlay,
}: TimelinePlotProps) {
  const width = Math.max(0, fullWidth - gutter);
  const plotHeight = Math.max(scene.height, 1);
  const height = AXIS_HEIGHT + scene.height + 8;
  // What the layer looks like: a render with the same (the scene of the last window, kept while the
  // next is laid out) keeps the canvas copy LiveFrame moves; a new one is copied again.
  const drawing = useMemo(
    () => ({}),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key changes with what is drawn
    [model, scene, callouts, width, colorOf, selection, thread, overlays, linked, drawnRows, overlay],
  );
  return (
    <>
      <svg className="timeline__svg" width={fullWidth} height={height} aria-hidden="true">
        {gutter > 0 && (
          <g transform={`translate(0, ${AXIS_HEIGHT})`}>
            <LaneLabels lanes={lanes} laneTops={scene.laneTops} laneHeights={scene.laneHeights} gutter={gutter} width={fullWidth} colorOf={laneColorOf} {...(highlightedLane ? { highlightedKey: highlightedLane } : {})} onShowActor={onShowActor} />
          </g>
        )}
        <g transform={`translate(${gutter}, 0)`}>
          <defs>
            <clipPath id="timeline-axis-clip">
              <rect x={-8} y={-4} width={width + 8} height={height + 8} />
            </clipPath>
          </defs>
          <g clipPath="url(#timeline-axis-clip)">
            <LiveTimeAxis live={live} width={width} plotHeight={scene.height} height={AXIS_HEIGHT} />
          </g>
        </g>
      </svg>
      {/* The marks sit in their own element over the axis: d3-zoom binds to it. While a large scene
          waits for its next layout, LiveFrame moves them with a CSS transform, without rendering them. */}
      <div id="timeline-plot" className="timeline__plot" ref={plotRef} style={{ left: gutter, top: AXIS_HEIGHT, width, height: plotHeight }}>
        <LiveFrame live={live} drawn={drawn} width={width} snapshot={snapshot} drawing={drawing}>
          <svg className="timeline__layer" width={width} height={plotHeight} role="group" aria-label={layerName}>
            {overlay}
            {overlays && linked && selection && <overlays.SelectionLinks scene={scene} selection={selection} linked={linked} />}
            {overlays && (selection || thread) && (
              <overlays.ReplyArcs model={model} scene={scene} lanes={lanes} selection={selection} thread={thread} width={width} window={drawn} />
            )}
            <SceneLayer
              model={model}
              scene={scene}
              callouts={callouts}
              colorOf={colorOf}
              selectedId={selection?.id}
              linked={linked}
              tabStop={tabStop}
              onShowEvent={onShowEvent}
              onShowStatement={onShowStatement}
              onOpenCluster={onOpenCluster}
              drawnRows={drawnRows}
            />
          </svg>
        </LiveFrame>
      </div>
    </>
  );
}
