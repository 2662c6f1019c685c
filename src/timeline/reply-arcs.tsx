import { memo, useMemo } from 'react';
import type { ActorId, Model, Statement, StatementId } from '../model/types';
import { formatPartialDate } from '../model/format-partial-date';
import { getActorState } from '../selectors/get-actor-state';
import { selectReplyArcs } from '../selectors/select-reply-arcs';
import type { Selection } from '../view-state/view-state';
import type { Lane } from './layout/layout-lanes';
import { layoutReplyArc, locateArcEnd, type ArcEnd } from './layout/layout-reply-arc';
import { SCENE, type TimelineScene } from './scene/layout-timeline-scene';

interface ReplyArcsProps {
  model: Model;
  scene: TimelineScene;
  /** The lanes the scene was laid out in, to find a speaker's row for a statement not drawn. */
  lanes: readonly Lane[];
  selection: Selection | null;
  /** The thread in force (`thread=`): all its replies are drawn. */
  thread: string | null;
  /** Plot width and the time span it shows, for ends outside the window. */
  width: number;
  window: { readonly start: number; readonly end: number };
}

interface DrawnArc {
  readonly key: string;
  readonly d: string;
  readonly label: string;
  /** The end held at the window's edge, with a short name to write there. */
  readonly edge?: { readonly end: ArcEnd; readonly text: string };
}

const ARROW_ID = 'parley-reply-arrow';

/**
 * Reply arcs: for the selected statement or event (and every reply of a thread), an arc with an
 * arrowhead from each reply to what it answers, across lanes. Dashed and arched, unlike the solid
 * S-curves to a selection's actors and events. An end outside the window stops at its edge, where the
 * other side is named, in the arc's accessible name and in a short label.
 */
export const ReplyArcs = memo(function ReplyArcs({ model, scene, lanes, selection, thread, width, window }: ReplyArcsProps) {
  const arcs = useMemo((): DrawnArc[] => {
    const laneIndex = new Map<ActorId, number>();
    lanes.forEach((lane, i) => lane.actorId && laneIndex.set(lane.actorId, i));
    const rowOf = (speaker: ActorId): number | undefined => {
      const lane = laneIndex.get(speaker) ?? laneIndex.get(getActorState(model, speaker) as ActorId) ?? (lanes.length === 1 ? 0 : undefined);
      if (lane === undefined) return undefined;
      // The quote markers' row, at the bottom of the lane (layoutTimelineScene).
      return (scene.laneTops[lane] ?? 0) + (scene.laneHeights[lane] ?? 0) - SCENE.laneBottomPad - 2;
    };
    const endOf = (statement: Statement): ArcEnd | undefined => {
      const row = rowOf(statement.speaker);
      const drawn = scene.positionOf.get(statement.id);
      return drawn || row !== undefined ? locateArcEnd(drawn, statement.date, window, width, row ?? 0) : undefined;
    };
    const describe = (s: Statement) => `${model.actors.get(s.speaker)?.name ?? s.speaker}, ${formatPartialDate(s.date)}`;
    // Arcs with the same ends (a reply to a whole news conference whose statements are one cluster)
    // are drawn once, named for all of them.
    const byPath = new Map<string, { arc: DrawnArc; count: number }>();
    for (const { reply, original } of selectReplyArcs(model, selection, thread)) {
      const from = model.statements.get(reply);
      const to = model.statements.get(original as StatementId);
      if (!from || !to) continue;
      const a = endOf(from);
      const b = endOf(to);
      // Both ends past the same edge: nothing of the arc is in the window.
      if (!a || !b || (a.clipped && a.clipped === b.clipped)) continue;
      const outside = (end: ArcEnd) => (end.clipped === 'left' ? ', before this window' : end.clipped === 'right' ? ', after this window' : '');
      const edgeEnd = b.clipped ? { end: b, statement: to } : a.clipped ? { end: a, statement: from } : undefined;
      const label = `Reply from ${describe(from)}${outside(a)}, to ${describe(to)}${outside(b)}`;
      const d = layoutReplyArc(a, b);
      const same = byPath.get(d);
      if (same) {
        same.count++;
        if (!same.arc.label.startsWith(label)) same.arc = { ...same.arc, label: `${same.arc.label}; ${label}` };
        continue;
      }
      byPath.set(d, {
        count: 1,
        arc: {
          key: `${reply}>${original}`,
          d,
          label,
          ...(edgeEnd && { edge: { end: edgeEnd.end, text: `${model.actors.get(edgeEnd.statement.speaker)?.name ?? edgeEnd.statement.speaker}, ${formatPartialDate(edgeEnd.statement.date, 'short')}` } }),
        },
      });
    }
    return [...byPath.values()].map(({ arc, count }) => (count > 1 ? { ...arc, label: `${arc.label} (${count} statements)` } : arc));
  }, [model, scene, lanes, selection, thread, width, window]);

  if (arcs.length === 0) return null;
  return (
    <g className="reply-arcs" role="group" aria-label={`Reply arcs (${arcs.length})`}>
      <defs>
        <marker id={ARROW_ID} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path className="reply-arc__head" d="M0,0L10,5L0,10z" />
        </marker>
      </defs>
      {arcs.map((arc) => (
        <g key={arc.key}>
          <path className="reply-arc__halo" d={arc.d} aria-hidden="true" />
          <path className="reply-arc" d={arc.d} markerEnd={`url(#${ARROW_ID})`} role="img" aria-label={arc.label} />
          {arc.edge && (
            <text
              className="reply-arc__edge"
              aria-hidden="true"
              x={arc.edge.end.clipped === 'left' ? 4 : width - 4}
              y={arc.edge.end.y - 8}
              textAnchor={arc.edge.end.clipped === 'left' ? 'start' : 'end'}
            >
              {arc.edge.end.clipped === 'left' ? `◂ ${arc.edge.text}` : `${arc.edge.text} ▸`}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
