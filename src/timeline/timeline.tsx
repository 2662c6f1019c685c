import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EventId, Model, StatementId } from '../model/types';
import type { VisibleItems } from '../selectors/select-visible-items';
import { useViewStore, useViewStoreApi } from '../view-state/view-store-context';
import { useElementWidth } from '../components/use-element-width';
import { formatCount, formatNumber } from '../components/format-count';
import { LoadingIndicator } from '../components/loading-indicator';
import { selectActorColors } from '../selectors/select-actor-colors';
import { windowScaleOf } from './layout/view-window';
import type { Lane } from './layout/layout-lanes';
import type { TimelineTracks, TrackMode } from './scene/build-timeline-tracks';
import { shouldDefaultToActorLanes } from './scene/should-default-to-actor-lanes';
import { layoutTimelineSceneInSteps } from './scene/layout-timeline-scene';
import { useTimelineTracks } from './use-timeline-tracks';
import { useTimelineViewport } from './use-timeline-viewport';
import { useProgressivePaint, type LayOut } from './use-progressive-paint';
import { useRevealSelection } from './use-reveal-selection';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { useQuoteCallouts } from './use-quote-callouts';
import { useClusterOpening } from './use-cluster-opening';
import { useSelectionOverlays } from './use-selection-overlays';
import { AXIS_HEIGHT, TimelinePlot } from './timeline-plot';
import { TimelineToolbar } from './timeline-toolbar';
import './timeline.css';

interface TimelineProps {
  model: Model;
  /** The events and statements that pass the filters. */
  visible: VisibleItems;
  /** Embedded in a host page: the wheel scrolls the page unless the reader asks for zoom. */
  embedded?: boolean;
  /** Drawn in the plot under the marks, from the lanes' geometry (the stance strips of src/positions/). */
  laneOverlay?: (geometry: LaneGeometry) => ReactNode;
  /** More controls at the end of the toolbar, given the lane mode (the "Positions on" picker). */
  toolbarExtra?: (mode: TrackMode) => ReactNode;
}

/** Where the lanes are, for what the app draws along them (see `laneOverlay`). */
export interface LaneGeometry {
  readonly mode: TrackMode;
  readonly lanes: readonly Lane[];
  /** Top and height of each lane in plot px, as the lanes are drawn. */
  readonly laneTops: readonly number[];
  readonly laneHeights: readonly number[];
  /** Time (ms since the epoch) → x in plot px, the mapping the marks are laid out with. */
  readonly scale: (time: number) => number;
  /** Width of the plot in px. */
  readonly width: number;
}

const EVENTS = { one: 'event', other: 'events' };
const STATEMENTS = { one: 'statement', other: 'statements' };
/** Above this many drawn things, marks are re-laid out when a zoom gesture ends, not on every frame. */
const HEAVY_SCENE = 600;
/** Narrowest window "Zoom to selection" shows around an item. */
const DAY = 86_400_000;
const SELECTION_MIN_SPAN = 10 * DAY;
/** While a large model's tracks are built (useTimelineTracks): nothing to draw yet. */
const NO_TRACKS: TimelineTracks = { mode: 'compact', lanes: [], tracks: [], lanesOfEvent: new Map() };

/** The zoomable D3 timeline: axis, actor lanes or a compact track, marks, links and keyboard access. */
export function Timeline({ model, visible, embedded = false, laneOverlay, toolbarExtra }: TimelineProps) {
  const storeApi = useViewStoreApi();
  const selection = useViewStore((s) => s.selection);
  const thread = useViewStore((s) => s.thread);
  const overlays = useSelectionOverlays();
  const storeWindow = useViewStore((s) => s.window);
  const lanesSetting = useViewStore((s) => s.lanes);
  const showEvent = useViewStore((s) => s.showEvent);
  const showActor = useViewStore((s) => s.showActor);
  const showStatement = useViewStore((s) => s.showStatement);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const setLanes = useViewStore((s) => s.setLanes);

  const mode: TrackMode = lanesSetting ?? (shouldDefaultToActorLanes(model) ? 'actors' : 'compact');
  const built = useTimelineTracks(model, visible, mode);
  const tracks = built ?? NO_TRACKS;
  const colors = selectActorColors(model);
  const colorOf = useCallback((id: string | undefined) => (id ? colors.get(id as never) : undefined), [colors]);
  const laneColorOf = useCallback((lane: Lane) => colorOf(lane.actorId), [colorOf]);

  const containerRef = useRef<HTMLDivElement>(null);
  const fullWidth = useElementWidth(containerRef);
  const gutter = mode === 'actors' ? (fullWidth < 640 ? 96 : 168) : 0;
  const width = Math.max(0, fullWidth - gutter);

  const heavy = useRef(false);
  const viewport = useTimelineViewport({
    extent: model.extent,
    width,
    requested: storeWindow,
    onSettle: setTimeWindow,
    relayoutWhileMoving: () => !heavy.current,
    wheelNeedsIntent: embedded,
    // A story step glides to its window (instantly under prefers-reduced-motion).
    easeRequested: () => storeApi.getState().windowEase,
  });

  // The event the keyboard walked to is drawn on its own, like the selection, even amid a cluster;
  // until the selection changes, which then takes the emphasis back.
  const [walk, setWalk] = useState<{ id: string; underSelection: string | undefined }>();
  const onWalk = useCallback((id: string) => setWalk({ id, underSelection: selection?.id }), [selection]);
  const emphasisId = walk && walk.underSelection === selection?.id ? walk.id : selection?.id;

  const { drawn } = viewport;
  const layOut = useMemo<LayOut>(
    () => ({
      window: drawn,
      width,
      emphasisId,
      steps: (laidOut: TimelineTracks) => layoutTimelineSceneInSteps({ tracks: laidOut, ...windowScaleOf(drawn, width), width, ...(emphasisId ? { emphasisId } : {}) }),
    }),
    [drawn, width, emphasisId],
  );
  const { live } = viewport;
  const inGesture = useCallback(() => live.inGesture(), [live]);
  const painted = useProgressivePaint(containerRef, AXIS_HEIGHT, tracks, width > 0 && built ? layOut : undefined, inGesture);
  const { scene, drawnRows, complete } = painted;
  // The window the scene on screen is laid out for: a large scene's next one may still be under way.
  const sceneWindow = painted.layOut?.window ?? drawn;
  const callouts = useQuoteCallouts(scene, (width * DAY) / Math.max(sceneWindow.end - sceneWindow.start, 1), width, model.meta.language);
  const isHeavy = !!scene && scene.marks.length + scene.clusters.length + scene.labels.length > HEAVY_SCENE;
  useEffect(() => {
    heavy.current = isHeavy;
  });
  const linked = useMemo(() => (selection && overlays ? overlays.selectLinkedIds(model, selection) : undefined), [model, selection, overlays]);

  const reveal = useRevealSelection({
    model, selection, viewport, ready: !!scene && complete,
    // A story step's selection is shown in the window its curator chose for it (which may be on its way).
    keepsWindow: (id) => {
      const { step, storySteps } = storeApi.getState();
      return step !== null && storySteps?.[step - 1]?.selection?.id === id;
    },
  });
  const { show } = viewport;
  const clusters = useClusterOpening({ model, tracks, scene, sceneWindow, viewport, containerRef, plotTop: AXIS_HEIGHT, gutter, fullWidth, onShowEvent: showEvent, onShowStatement: showStatement });
  const itemSpan = selection && (model.events.get(selection.id as EventId)?.span ?? model.statements.get(selection.id as StatementId)?.date);
  const zoomToSelection = () => itemSpan && show({ start: itemSpan.start, end: Math.max(itemSpan.end, itemSpan.start + SELECTION_MIN_SPAN) }, { animate: true, fit: true });

  const selectedEventId = selection?.kind === 'event' ? selection.id : undefined;
  const keyboard = useTimelineKeyboard({ model, visible, tracks, scene, selectedEventId, reveal, onWalk, zoomBy: viewport.zoomBy, reset: viewport.reset, onOpen: showEvent });

  const eventCount = visible.events.length;
  const events = formatCount(eventCount, EVENTS);
  const summary = visible.isFiltered ? `${formatNumber(eventCount)} of ${formatCount(model.events.size, EVENTS)}` : `${events}, ${formatCount(visible.statements.length, STATEMENTS)}`;
  return (
    <section className={`timeline timeline--${mode}`} aria-labelledby="timeline-heading" aria-describedby="timeline-description">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <p id="timeline-description" className="visually-hidden">
        {`${events} from ${model.meta.title}, ${mode === 'actors' ? 'one lane per actor' : 'on one track'}. Use the arrow keys to move between events, Enter to open one, plus and minus to zoom, 0 to show everything. The list view has the same events as text.`}
      </p>
      <TimelineToolbar
        mode={mode}
        onModeChange={setLanes}
        onZoomIn={() => viewport.zoomBy(2)}
        onZoomOut={() => viewport.zoomBy(0.5)}
        onFitAll={viewport.reset}
        {...(itemSpan ? { onZoomToSelection: zoomToSelection } : {})}
        summary={summary}
        extra={toolbarExtra?.(mode)}
      />
      <div
        className="timeline__viewport"
        ref={containerRef}
        onKeyDown={keyboard.onKeyDown}
        onKeyDownCapture={keyboard.onKeyDownCapture}
        onFocus={keyboard.onFocus}
        onPointerDownCapture={keyboard.onPointerDown}
        onClickCapture={keyboard.onClick}
      >
        {/* A large model's first scene is laid out in slices (useTimelineTracks, useProgressivePaint). */}
        {width > 0 && !scene && <LoadingIndicator label={`Drawing ${events}…`} />}
        {width > 0 && scene && (
          <TimelinePlot
            model={model}
            scene={scene}
            callouts={callouts}
            live={viewport.live}
            drawn={sceneWindow}
            snapshot={isHeavy}
            fullWidth={fullWidth}
            gutter={gutter}
            lanes={tracks.lanes}
            laneColorOf={laneColorOf}
            colorOf={colorOf}
            highlightedLane={selection?.kind === 'actor' ? `actor:${selection.id}` : undefined}
            selection={selection}
            thread={thread}
            overlays={overlays}
            linked={linked}
            tabStop={keyboard.tabStop}
            drawnRows={drawnRows}
            plotRef={viewport.plotRef}
            layerName={`Timeline of ${events}`}
            onShowEvent={showEvent}
            onShowActor={showActor}
            onShowStatement={showStatement}
            onOpenCluster={clusters.openCluster}
            {...(laneOverlay
              ? { overlay: laneOverlay({ mode, lanes: tracks.lanes, laneTops: scene.laneTops, laneHeights: scene.laneHeights, scale: windowScaleOf(sceneWindow, width).scale, width }) }
              : {})}
          />
        )}
      </div>
      {clusters.list}
    </section>
  );
}
