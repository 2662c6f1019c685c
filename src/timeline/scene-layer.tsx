import { Fragment, memo, type KeyboardEvent } from 'react';
import type { Model, TimelineEvent } from '../model/types';
import { formatPartialDate } from '../model/format-partial-date';
import { getEventGlyphPath, isHollowGlyph } from './event-glyph';
import { formatCount } from '../components/format-count';
import { CLUSTER_NOUNS } from './cluster-nouns';
import { getMarkName } from './get-mark-name';
import { pathAt } from './layout/path-at';
import type { TabStop } from './use-roving-tab-stop';
import { clusterPillWidth, SCENE, type SceneCluster, type SceneMark, type TimelineScene } from './scene/layout-timeline-scene';
import type { SceneCallout } from './scene/layout-quote-callouts';
import { formatClusterCallout, formatQuoteMarkerName, QuoteCallout } from './quote-callout';

interface SceneLayerProps {
  model: Model;
  scene: TimelineScene;
  /** Opening words of quotes beside their markers and clusters (layoutQuoteCallouts of `scene`). */
  callouts: readonly SceneCallout[];
  /** Colour of an actor (CSS value); marks take their lane's or speaker's colour. */
  colorOf: (actorId: string | undefined) => string | undefined;
  selectedId: string | undefined;
  /** When something is selected: what stays at full strength; everything else is dimmed. */
  linked: ReadonlySet<string> | undefined;
  /** The event mark (id and lane) that holds the single tab stop (roving tabindex). */
  tabStop: TabStop | undefined;
  onShowEvent: (id: string) => void;
  onShowStatement: (id: string) => void;
  /** Zooms in on a cluster, or lists what it holds when no zoom parts it. */
  onOpenCluster: (cluster: SceneCluster) => void;
  /** When set, only what lies between these y (px, plot coordinates) is drawn: the first paint's share. */
  drawnRows?: { readonly top: number; readonly bottom: number } | undefined;
}

/** A small speech bubble, centred on 0,0. */
const quoteGlyphAt = pathAt('M-5,-4.5h10a1.5,1.5 0 0 1 1.5,1.5v5a1.5,1.5 0 0 1 -1.5,1.5h-5.5l-3,2.5v-2.5h-1.5a1.5,1.5 0 0 1 -1.5,-1.5v-5a1.5,1.5 0 0 1 1.5,-1.5z');

// Glyphs are drawn at their place by their path, not by a transform (see pathAt): one function per glyph.
const glyphsAt = new Map<string, (x: number, y: number) => string>();
function glyphAt(kind: string, x: number, y: number): string {
  const path = getEventGlyphPath(kind);
  let at = glyphsAt.get(path);
  if (!at) glyphsAt.set(path, (at = pathAt(path)));
  return at(x, y);
}

function markClass(base: string, id: string, selectedId: string | undefined, linked: ReadonlySet<string> | undefined): string {
  if (id === selectedId) return `${base} is-selected`;
  if (linked && !linked.has(id)) return `${base} is-dimmed`;
  return base;
}

function EventMark({ mark, event, model, color, className, tabbable, onShowEvent }: {
  mark: SceneMark;
  event: TimelineEvent;
  model: Model;
  color: string | undefined;
  className: string;
  tabbable: boolean;
  onShowEvent: (id: string) => void;
}) {
  const hollow = isHollowGlyph(event.kind);
  const style = color ? { color } : undefined;
  const button = {
    style,
    'data-event-id': event.id,
    'data-lane': mark.lane,
    role: 'button',
    tabIndex: tabbable ? 0 : -1,
    'aria-label': getMarkName(model, event),
    'aria-pressed': className.includes('is-selected'),
    onClick: () => onShowEvent(event.id),
    onKeyDown: (e: KeyboardEvent<SVGElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onShowEvent(event.id);
      }
    },
  } as const;
  const glyphClass = hollow ? 'mark__glyph mark__glyph--hollow' : 'mark__glyph';
  if (!mark.isBand) {
    // A point is one element: the glyph is the button, and its halo (a wide stroke painted under
    // the fill) widens the target. Thousands of these are drawn at an overview, so every node counts.
    return <path {...button} className={`${className} mark--point ${glyphClass}`} d={glyphAt(event.kind, mark.cx, mark.y)} />;
  }
  const bandGeometry = { x: mark.x0, y: mark.y - SCENE.bandHeight / 2, width: Math.max(mark.x1 - mark.x0, 1), height: SCENE.bandHeight, rx: 2 };
  if (!mark.item.primary) {
    // The same event again in another participant's lane: the bar alone (its glyph is in the first
    // lane, joined by the connector), one element instead of three.
    return <rect {...button} className={`${className} mark__band`} {...bandGeometry} />;
  }
  return (
    <g {...button} className={className}>
      <rect className="mark__band" x={mark.x0} y={mark.y - SCENE.bandHeight / 2} width={Math.max(mark.x1 - mark.x0, 1)} height={SCENE.bandHeight} rx={2} />
      <path className={glyphClass} d={glyphAt(event.kind, Math.max(mark.x0, 0) + SCENE.markRadius, mark.y)} />
    </g>
  );
}

/** Event marks, statement markers, clusters, connectors and labels of one frame. */
export const SceneLayer = memo(function SceneLayer({ model, scene, callouts, colorOf, selectedId, linked, tabStop, onShowEvent, onShowStatement, onOpenCluster, drawnRows }: SceneLayerProps) {
  const isDrawn = drawnRows ? (y: number) => y >= drawnRows.top && y <= drawnRows.bottom : () => true;
  // DOM order by key, not by layout order: React moves nodes whose order changes, and moving the
  // focused mark would blur it (e.g. when the selection is cleared and the layout is redone).
  const byKey = (a: SceneMark, b: SceneMark) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const bands = scene.marks.filter((m) => m.isBand && isDrawn(m.y)).sort(byKey);
  const points = scene.marks.filter((m) => !m.isBand && isDrawn(m.y)).sort(byKey);
  const connectors = drawnRows ? scene.connectors.filter((c) => isDrawn(c.y0)) : scene.connectors;
  const labels = drawnRows ? scene.labels.filter((l) => isDrawn(l.y)) : scene.labels;
  // A callout belongs to a single quote marker (by statement id) or to a cluster (by index).
  const calloutOf = new Map<string | number, SceneCallout>();
  for (const callout of callouts) calloutOf.set(callout.cluster < 0 ? callout.id : callout.cluster, callout);
  const renderMark = (mark: SceneMark) => {
    if (mark.item.kind === 'statement') {
      const statement = model.statements.get(mark.item.id as never);
      if (!statement) return null;
      const speaker = model.actors.get(statement.speaker)?.name ?? statement.speaker;
      const callout = calloutOf.get(statement.id);
      const button = {
        'data-statement-id': statement.id,
        role: 'button',
        tabIndex: -1,
        // The callout's words once, in the name: the callout itself is hidden from assistive technology.
        'aria-label': formatQuoteMarkerName(statement.mode === 'paraphrase', speaker, formatPartialDate(statement.date), callout),
        onClick: () => onShowStatement(statement.id),
      } as const;
      const glyph = {
        className: markClass(statement.mode === 'paraphrase' ? 'quote-mark quote-mark--paraphrase' : 'quote-mark', statement.id, selectedId, linked),
        style: { color: colorOf(statement.speaker) },
        d: quoteGlyphAt(mark.cx, mark.y),
      };
      if (!callout) return <path key={mark.key} {...button} {...glyph} />;
      // The words sit beside the button, not inside it (as a cluster's do): axe's label-in-name check
      // reads text inside a button even when it is aria-hidden, and the name and the drawn text are
      // worded differently ("Quote by …: words"). A click on the words does what the marker does.
      return (
        <Fragment key={mark.key}>
          <path {...button} {...glyph} />
          <QuoteCallout callout={callout} className={markClass('quote-callout', statement.id, selectedId, linked)} onClick={button.onClick} />
        </Fragment>
      );
    }
    const event = model.events.get(mark.item.id as never);
    if (!event) return null;
    return (
      <EventMark
        key={mark.key}
        mark={mark}
        event={event}
        model={model}
        color={colorOf(mark.item.actor)}
        className={markClass(`mark mark--event${mark.isBand ? ' mark--band' : ''}`, event.id, selectedId, linked)}
        tabbable={event.id === tabStop?.id && mark.lane === tabStop.lane}
        onShowEvent={onShowEvent}
      />
    );
  };
  return (
    <g className="scene">
      {bands.map(renderMark)}
      {connectors.map((c) => (
        <line key={`c:${c.id}`} className={markClass('connector', c.id, selectedId, linked)} x1={c.x} x2={c.x} y1={c.y0} y2={c.y1} />
      ))}
      {points.map(renderMark)}
      {scene.clusters.map((cluster, index) => {
        if (!isDrawn(cluster.y)) return null;
        const callout = calloutOf.get(index);
        const among = callout ? formatClusterCallout(model, callout) : '';
        return (
          // By index: clusters regroup at every zoom, so "the same cluster" only means "the same slot".
          <Fragment key={index}>
            <g
              className={linked ? 'cluster is-dimmed' : 'cluster'}
              role="button"
              tabIndex={-1}
              aria-label={`${formatCount(cluster.count, CLUSTER_NOUNS[cluster.kind])} ${cluster.separable ? 'close together' : 'at the same time'}${among}. ${cluster.separable ? 'Zoom in' : 'List them'}`}
              onClick={() => onOpenCluster(cluster)}
            >
              <rect className="cluster__pill" x={cluster.cx - clusterPillWidth(cluster.count) / 2} y={cluster.y - 8} width={clusterPillWidth(cluster.count)} height={16} rx={8} />
              <text className="cluster__count" x={cluster.cx} y={cluster.y + 4} textAnchor="middle">
                {cluster.count}
              </text>
            </g>
            {/* Beside the button, not in it: its drawn text would read "11“These 30 days…”", which no
                name can contain (its words are in the name). A click on it does what the pill does. */}
            {callout && <QuoteCallout callout={callout} className={linked ? 'quote-callout is-dimmed' : 'quote-callout'} onClick={() => onOpenCluster(cluster)} />}
          </Fragment>
        );
      })}
      <g className="labels" aria-hidden="true">
        {labels.map((label) => (
          <text key={label.key} className={markClass('mark-label', label.id, selectedId, linked)} x={label.x} y={label.y + 4}>
            {label.text}
          </text>
        ))}
      </g>
    </g>
  );
});
