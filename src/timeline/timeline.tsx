import { lazy, startTransition, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EventId, Model } from '../model/types';
import type { VisibleItems } from '../selectors/select-visible-items';
import { selectLinkedIds } from '../selectors/select-linked-ids';
import { useViewStore } from '../view-state/view-store-context';
import { parseWindowDate } from '../view-state/parse-window-date';
import { useElementWidth } from '../components/use-element-width';
import { formatCount, formatNumber } from '../components/format-count';
import { assignActorColors } from './actor-colors';
import { createTimeScale } from './layout/create-time-scale';
import { selectAxisTicks } from './layout/select-axis-ticks';
import { linearScaleOf as linearOf } from './layout/linear-scale-of';
import { fitTransform } from './layout/fit-transform';
import { transformForWindow } from './layout/transform-for-window';
import { windowOfTransform } from './layout/window-of-transform';
import { zoomScaleExtent } from './layout/zoom-scale-extent';
import { IDENTITY_TRANSFORM, rescaleTime, type ViewTransform } from './layout/view-transform';
import { afterFirstPaint, markEverythingDrawn, markFirstPaint } from './first-paint';
import { buildTimelineTracks, type TrackMode } from './scene/build-timeline-tracks';
import { shouldDefaultToActorLanes } from './scene/should-default-to-actor-lanes';
import { layoutTimelineScene, type SceneCluster } from './scene/layout-timeline-scene';
import { tracksWithinRows } from './scene/tracks-within-rows';
import { useZoomBinding } from './use-zoom-binding';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { formatWindowBounds } from './format-window-bounds';
import { TimeAxis } from './time-axis';
import type { Lane } from './layout/layout-lanes';
import { LaneLabels } from './lane-labels';
import { SceneLayer } from './scene-layer';
import { TimelineToolbar } from './timeline-toolbar';
import './timeline.css';

interface TimelineProps {
  model: Model;
  /** The events and statements that pass the filters. */
  visible: VisibleItems;
  /** Embedded in a host page: the wheel scrolls the page unless the reader asks for zoom. */
  embedded?: boolean;
}

const AXIS_HEIGHT = 44;
const EVENTS = { one: 'event', other: 'events' };
const STATEMENTS = { one: 'statement', other: 'statements' };
/** Above this many drawn things, marks are re-laid out when a zoom gesture ends, not on every frame. */
const HEAVY_SCENE = 600;
/** Narrowest window a reveal zooms to around one event, so it is seen amid its neighbours. */
const REVEAL_MIN_SPAN = 10 * 86_400_000;

// The curves (and d3-shape) are drawn only once something is selected; fetched after the first paint.
const loadSelectionLinks = () => import('./selection-links');
const SelectionLinks = lazy(() => loadSelectionLinks().then((m) => ({ default: m.SelectionLinks })));
// Fetched once the first timeline is on screen, so a click draws its links at once. Offline by then:
// the links are simply not drawn (the panel still lists them).
afterFirstPaint().then(loadSelectionLinks).catch(() => undefined);
// The same for what a click on a cluster needs (cluster-opening.ts).
const loadClusterOpening = () => import('./cluster-opening');
type ClusterOpening = Awaited<ReturnType<typeof loadClusterOpening>>;
afterFirstPaint().then(loadClusterOpening).catch(() => undefined);

/** The zoomable D3 timeline: axis, actor lanes or a compact track, marks, links and keyboard access. */
export function Timeline({ model, visible, embedded = false }: TimelineProps) {
  const selection = useViewStore((s) => s.selection);
  const storeWindow = useViewStore((s) => s.window);
  const lanesSetting = useViewStore((s) => s.lanes);
  const showEvent = useViewStore((s) => s.showEvent);
  const showActor = useViewStore((s) => s.showActor);
  const showStatement = useViewStore((s) => s.showStatement);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const setLanes = useViewStore((s) => s.setLanes);

  const mode: TrackMode = lanesSetting ?? (shouldDefaultToActorLanes(model) ? 'actors' : 'compact');
  const tracks = useMemo(() => buildTimelineTracks(model, visible, mode), [model, visible, mode]);
  const colors = useMemo(() => assignActorColors(model), [model]);
  const colorOf = useCallback((id: string | undefined) => (id ? colors.get(id as never) : undefined), [colors]);
  const laneColorOf = useCallback((lane: Lane) => colorOf(lane.actorId), [colorOf]);

  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const fullWidth = useElementWidth(containerRef);
  // The first paint lays out only the lanes that reach into what the browser window shows, and draws
  // only what lies in those rows (at an overview of 10,000 events that is a tenth of the marks, and
  // React's commit of them is most of the time to first paint); the rest follows in a transition
  // once that frame is on screen, a few hundred ms later. (Half a screen either side, as before
  // 2026-11-27, drew twice as much before the first paint, for a reader who scrolls within that time.)
  // undefined: not measured yet; null: everything.
  const [drawnRows, setDrawnRows] = useState<{ top: number; bottom: number } | null | undefined>(undefined);
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    // Read in the same layout pass as the width above: this costs no layout of its own.
    const plotTop = element.getBoundingClientRect().top + AXIS_HEIGHT;
    setDrawnRows({ top: -plotTop, bottom: window.innerHeight - plotTop });
  }, []);
  const gutter = mode === 'actors' ? (fullWidth < 640 ? 96 : 168) : 0;
  const width = Math.max(0, fullWidth - gutter);

  const base = useMemo(() => {
    const extent = model.extent ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
    return createTimeScale(extent, Math.max(width, 1));
  }, [model.extent, width]);
  const scaleExtent = useMemo(() => zoomScaleExtent(base), [base]);

  // Two transforms: `transform` follows every zoom event and drives the axis; `layoutTransform` is
  // the one the marks were laid out for. For a small scene they are the same. For a large one the
  // marks are laid out again only when a gesture ends; in between, the drawn layer is stretched and
  // shifted to follow (previewTransform), which costs one attribute per frame instead of a re-layout.
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY_TRANSFORM);
  const [layoutTransform, setLayoutTransform] = useState<ViewTransform>(IDENTITY_TRANSFORM);
  // A resize (the panel opens, lanes ↔ compact, a phone turns) changes the base scale under the
  // transform, which is in px: re-express it in the same render so the reader keeps the time window
  // (React's "adjust state when a prop changes"; an effect would paint one frame of a shifted window
  // and re-create the marks twice, which loses the keyboard focus).
  // (A scale is a function: useState would call it, hence the wrappers.)
  const [transformBase, setTransformBase] = useState(() => base);
  if (transformBase !== base) {
    setTransformBase(() => base);
    const [r0, r1] = transformBase.range() as [number, number];
    if (r1 - r0 > 1 && !(transform.k === 1 && transform.x === 0)) {
      const shown = windowOfTransform(transformBase, transform);
      const kept = transformForWindow(base, shown.start, shown.end, scaleExtent);
      setTransform(kept);
      setLayoutTransform(kept);
    }
  }
  const scale = useMemo(() => rescaleTime(base, transform), [transform, base]);
  const layoutScale = useMemo(() => rescaleTime(base, layoutTransform), [layoutTransform, base]);
  const selectedEventId = selection?.kind === 'event' ? selection.id : undefined;
  const emphasisId = selection?.id;

  // Until the first paint, the lanes outside those rows are left empty (their heights stay).
  const laidOut = useMemo(() => (drawnRows ? tracksWithinRows(tracks, drawnRows.top, drawnRows.bottom) : tracks), [tracks, drawnRows]);
  const scene = useMemo(
    () =>
      width > 0
        ? layoutTimelineScene({ tracks: laidOut, scale: linearOf(layoutScale), invert: (x) => layoutScale.invert(x).getTime(), width, emphasisId })
        : undefined,
    [laidOut, layoutScale, width, emphasisId],
  );
  const isHeavy = !!scene && scene.marks.length + scene.clusters.length + scene.labels.length > HEAVY_SCENE;
  const heavyRef = useRef(isHeavy);
  useEffect(() => {
    heavyRef.current = isHeavy;
  });
  const onZoom = useCallback((t: ViewTransform) => {
    setTransform(t);
    if (!heavyRef.current) setLayoutTransform(t);
  }, []);
  const kx = transform.k / layoutTransform.k;
  const previewTransform = kx === 1 && transform.x === layoutTransform.x ? undefined : `translateX(${transform.x - layoutTransform.x * kx}px) scaleX(${kx})`;
  const plotHeight = scene?.height ?? 0;
  const ticks = useMemo(() => (width > 0 ? selectAxisTicks(scale, width) : undefined), [scale, width]);
  const linked = useMemo(() => (selection ? selectLinkedIds(model, selection) : undefined), [model, selection]);

  // The last window this component wrote, so the store → zoom direction does not echo it back.
  const committed = useRef<string>('');
  const onZoomEnd = useCallback(
    (t: ViewTransform) => {
      setLayoutTransform(t);
      const span = windowOfTransform(base, t);
      const isAll = t.k <= 1.0001 && Math.abs(t.x) < 0.5;
      const next = isAll ? null : formatWindowBounds(span.start, span.end);
      committed.current = next ? `${next.from}/${next.to}` : '';
      setTimeWindow(next);
    },
    [base, setTimeWindow],
  );
  const { zoomTo, zoomBy, reset } = useZoomBinding(plotRef, {
    width,
    height: Math.max(plotHeight, 1),
    scaleExtent,
    wheelNeedsIntent: embedded,
    transform,
    onZoom,
    onZoomEnd,
  });

  // Store → view: a window from the URL (start, Back/Forward, host page) moves the zoom. A plain
  // effect declared after useZoomBinding, so the zoom behaviour is bound by the time it runs.
  useEffect(() => {
    if (width <= 0) return;
    const key = storeWindow ? `${storeWindow.from}/${storeWindow.to}` : '';
    if (key === committed.current) return;
    committed.current = key;
    if (!storeWindow) {
      reset();
      return;
    }
    const from = parseWindowDate(storeWindow.from);
    const to = parseWindowDate(storeWindow.to);
    if (from && to) zoomTo(transformForWindow(base, from.start, to.end, scaleExtent));
  }, [storeWindow, base, width, scaleExtent, zoomTo, reset]);

  /** Brings an event or a quote marker into view on its own, zooming in only as far as needed. */
  const reveal = useCallback(
    (id: string) => {
      // An event, or a statement's quote marker: both are drawn at their span.
      const itemSpan = model.events.get(id as EventId)?.span ?? model.statements.get(id as never)?.date;
      if (!itemSpan || width <= 0) return;
      const current = windowOfTransform(base, transform);
      const t0 = current.start;
      const t1 = current.end;
      const drawn = scene?.positionOf.get(id as EventId);
      const inside = itemSpan.start >= t0 && itemSpan.end <= t1;
      if (inside && drawn) return;
      const centre = (itemSpan.start + itemSpan.end) / 2;
      let span = Math.max(t1 - t0, itemSpan.end - itemSpan.start, REVEAL_MIN_SPAN);
      for (let attempt = 0; attempt < 8; attempt++) {
        const candidate = fitTransform(base, { start: Math.min(itemSpan.start, centre - span / 2), end: Math.max(itemSpan.end, centre + span / 2) }, { scaleExtent });
        const s = rescaleTime(base, candidate);
        const trial = layoutTimelineScene({ tracks, scale: linearOf(s), invert: (x) => s.invert(x).getTime(), width, emphasisId: id });
        if (trial.positionOf.has(id as EventId) || span <= REVEAL_MIN_SPAN) {
          zoomTo(candidate);
          return;
        }
        span /= 2;
      }
    },
    [model, width, base, transform, scene, tracks, scaleExtent, zoomTo],
  );

  // A selection made elsewhere (search, list, URL, host page) is revealed on the timeline.
  const revealId = selection && selection.kind !== 'actor' ? selection.id : undefined;
  const lastRevealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Only against the whole scene: in the first paint's share, an item below the window looks undrawn.
    if (!revealId || revealId === lastRevealed.current || !scene || drawnRows !== null) return;
    lastRevealed.current = revealId;
    reveal(revealId);
  }, [revealId, scene, drawnRows, reveal]);

  // "Zoom in" on a cluster goes where its items come apart; what no zoom parts is listed under it.
  const [listedCluster, setListedCluster] = useState<{ cluster: SceneCluster; at: ViewTransform; top: number; opening: ClusterOpening } | undefined>(undefined);
  const closeClusterList = useCallback(() => setListedCluster(undefined), []);
  const openCluster = useCallback(
    (cluster: SceneCluster) => {
      const top = (containerRef.current?.offsetTop ?? 0) + AXIS_HEIGHT + cluster.y + 12;
      loadClusterOpening()
        .then((opening) => {
          const plan = opening.planClusterZoom({ tracks, base, transform: layoutTransform, scaleExtent, width, cluster });
          if (plan) zoomTo(plan, true);
          else setListedCluster({ cluster, at: transform, top, opening });
        })
        // Offline since the first paint: zoom to the cluster's span, as before that code existed.
        .catch(() => zoomTo(fitTransform(base, cluster.span, { scaleExtent }), true));
    },
    [tracks, base, layoutTransform, transform, scaleExtent, width, zoomTo],
  );
  // The list belongs to the scene it was opened in: a zoom or a new layout closes it.
  const listed = listedCluster && listedCluster.at.k === transform.k && listedCluster.at.x === transform.x && scene?.clusters.includes(listedCluster.cluster) ? listedCluster : undefined;
  const listWidth = Math.min(320, fullWidth - 16);
  const zoomToSelection = useCallback(() => {
    if (!selection) return;
    const event = selection.kind === 'event' ? model.events.get(selection.id as EventId) : undefined;
    const statement = selection.kind === 'statement' ? model.statements.get(selection.id as never) : undefined;
    const span = event?.span ?? statement?.date;
    if (span) zoomTo(fitTransform(base, { start: span.start, end: Math.max(span.end, span.start + REVEAL_MIN_SPAN) }, { scaleExtent }), true);
  }, [selection, model, base, scaleExtent, zoomTo]);

  const keyboard = useTimelineKeyboard({ model, visible, tracks, scene, selectedEventId, reveal, zoomBy, reset, onOpen: showEvent });

  useEffect(() => {
    if (!drawnRows || !scene) return;
    let live = true;
    afterFirstPaint().then(() => live && startTransition(() => setDrawnRows(null)));
    return () => {
      live = false;
    };
  }, [drawnRows, scene]);
  useEffect(() => {
    if (drawnRows === null && scene) markEverythingDrawn();
  }, [drawnRows, scene]);

  useEffect(() => {
    if (!scene || !ticks) return;
    markFirstPaint();
  }, [scene, ticks]);

  const height = AXIS_HEIGHT + plotHeight + 8;
  const eventCount = visible.events.length;
  const events = formatCount(eventCount, EVENTS);
  const summary = visible.isFiltered ? `${formatNumber(eventCount)} of ${formatCount(model.events.size, EVENTS)}` : `${events}, ${formatCount(visible.statements.length, STATEMENTS)}`;
  const highlightedLane = selection?.kind === 'actor' ? `actor:${selection.id}` : undefined;

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
        onZoomIn={() => zoomBy(2)}
        onZoomOut={() => zoomBy(0.5)}
        onFitAll={reset}
        {...(selection && selection.kind !== 'actor' ? { onZoomToSelection: zoomToSelection } : {})}
        summary={summary}
      />
      <div className="timeline__viewport" ref={containerRef} onKeyDown={keyboard.onKeyDown} onFocus={keyboard.onFocus}>
        {fullWidth > 0 && scene && ticks && (
          <>
            <svg className="timeline__svg" width={fullWidth} height={height} aria-hidden="true">
              {mode === 'actors' && (
                <g transform={`translate(0, ${AXIS_HEIGHT})`}>
                  <LaneLabels lanes={tracks.lanes} laneTops={scene.laneTops} laneHeights={scene.laneHeights} gutter={gutter} width={fullWidth} colorOf={laneColorOf} {...(highlightedLane ? { highlightedKey: highlightedLane } : {})} onShowActor={showActor} />
                </g>
              )}
              <g transform={`translate(${gutter}, 0)`}>
                <defs>
                  <clipPath id="timeline-axis-clip">
                    <rect x={-8} y={-4} width={width + 8} height={height + 8} />
                  </clipPath>
                </defs>
                <g clipPath="url(#timeline-axis-clip)">
                  <TimeAxis ticks={ticks} plotHeight={plotHeight} height={AXIS_HEIGHT} />
                </g>
              </g>
            </svg>
            {/* The marks sit in their own element over the axis: d3-zoom binds to it, and while a large
                scene waits for its next layout the browser only moves this one layer (a CSS transform). */}
            <div id="timeline-plot" className="timeline__plot" ref={plotRef} style={{ left: gutter, top: AXIS_HEIGHT, width, height: Math.max(plotHeight, 1) }}>
              <svg
                className="timeline__layer"
                width={width}
                height={Math.max(plotHeight, 1)}
                role="group"
                aria-label={`Timeline of ${events}`}
                style={previewTransform ? { transform: previewTransform, willChange: 'transform' } : undefined}
              >
                {linked && selection && (
                  <Suspense fallback={null}>
                    <SelectionLinks scene={scene} selection={selection} linked={linked} />
                  </Suspense>
                )}
                <SceneLayer
                  model={model}
                  scene={scene}
                  colorOf={colorOf}
                  selectedId={selection?.id}
                  linked={linked}
                  tabStop={keyboard.tabStop}
                  onShowEvent={showEvent}
                  onShowStatement={showStatement}
                  onOpenCluster={openCluster}
                  drawnRows={drawnRows ?? undefined}
                />
              </svg>
            </div>
          </>
        )}
      </div>
      {listed && (
        <listed.opening.ClusterList
          model={model}
          cluster={listed.cluster}
          left={Math.max(8, Math.min(fullWidth - listWidth - 8, gutter + listed.cluster.cx - listWidth / 2))}
          top={listed.top}
          width={listWidth}
          onShowEvent={showEvent}
          onShowStatement={showStatement}
          onClose={closeClusterList}
        />
      )}
    </section>
  );
}
