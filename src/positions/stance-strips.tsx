import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import type { ActorId, Model, TopicId } from '../model/types.ts';
import { selectStanceStrips } from '../selectors/select-stance-strips.ts';
import { formatStanceChange, formatPositionSince, STANCE_ORDER } from '../item-views/format-stance.ts';
import { StanceGlyph } from '../item-views/stance-icon.tsx';
import { StancePattern } from './stance-pattern.tsx';

/** The strip runs along the top edge of the lane, in its padding above the first row of marks. */
const STRIP_TOP = 2;
const STRIP_HEIGHT = 5;
/** A marker beyond the plot by more than this is not drawn (nor focusable where nobody can see it). */
const MARKER_SLACK = 8;

export interface StanceStripsProps {
  model: Model;
  /** The topic whose stances are drawn. */
  topic: TopicId;
  /** The lanes top to bottom (those with an actor get a strip when the actor has positions). */
  lanes: readonly { readonly key: string; readonly actorId?: string }[];
  laneTops: readonly number[];
  /** Time (ms) → x in plot px. */
  scale: (time: number) => number;
  /** Plot width in px; bands run to its right edge at most. */
  width: number;
  /** The position open in the panel, drawn emphasised. */
  selectedId?: string;
  /** Opens a position in the panel. */
  onOpen: (id: string) => void;
}

/**
 * Thin stance strips along the actor lanes: one band per position, from its date to the next position
 * (the last to the end of the plot), filled with the stance's colour and pattern, and a marker wherever
 * the stance changes. Markers are buttons in the tab order, named "Russia: conditional, from 13 March
 * 2025"; bands open their position on click.
 */
export const StanceStrips = memo(function StanceStrips({ model, topic, lanes, laneTops, scale, width, selectedId, onOpen }: StanceStripsProps) {
  // useId's characters are not all allowed in url(#…); the letters and digits are unique enough.
  const prefix = `stance-strip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const strips = useMemo(() => selectStanceStrips(model, topic, Infinity), [model, topic]);
  const patternOf = (stance: string) => `url(#${prefix}-${stance})`;
  const clamp = (x: number) => Math.min(Math.max(x, -MARKER_SLACK), width + MARKER_SLACK);
  const onKeyDown = (id: string) => (e: KeyboardEvent<SVGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(id);
    }
  };

  return (
    <g className="stance-strips">
      <defs>
        {STANCE_ORDER.map((stance) => (
          <StancePattern key={stance} stance={stance} id={`${prefix}-${stance}`} />
        ))}
      </defs>
      {lanes.map((lane, i) => {
        const segments = lane.actorId === undefined ? undefined : strips.get(lane.actorId as ActorId);
        if (!segments) return null;
        const actorName = model.actors.get(lane.actorId as ActorId)?.name ?? lane.actorId ?? '';
        const y = (laneTops[i] ?? 0) + STRIP_TOP;
        return (
          <g key={lane.key} className="stance-strip" data-actor-id={lane.actorId}>
            {segments.map(({ position, start, end }) => {
              const x0 = clamp(scale(start));
              // The last band runs on to the plot's right edge.
              const x1 = clamp(Number.isFinite(end) ? scale(end) : Infinity);
              if (x1 < 0 || x0 > width) return null;
              return (
                <rect
                  key={position.id}
                  className={`stance-strip__band stance--${position.stance}${position.id === selectedId ? ' is-selected' : ''}`}
                  x={x0}
                  y={y}
                  width={Math.max(x1 - x0, 2)}
                  height={STRIP_HEIGHT}
                  rx={1}
                  fill={patternOf(position.stance)}
                  onClick={() => onOpen(position.id)}
                >
                  <title>{`${actorName}: ${formatPositionSince(position)}`}</title>
                </rect>
              );
            })}
            {segments.map(({ position, start, changed }) => {
              const x = scale(start);
              if (!changed || x < -MARKER_SLACK || x > width + MARKER_SLACK) return null;
              const name = formatStanceChange(actorName, position);
              return (
                <g
                  key={`m:${position.id}`}
                  className={`stance-marker stance--${position.stance}${position.id === selectedId ? ' is-selected' : ''}`}
                  transform={`translate(${x},${y + STRIP_HEIGHT / 2})`}
                  role="button"
                  tabIndex={0}
                  aria-label={name}
                  aria-pressed={position.id === selectedId}
                  data-position-id={position.id}
                  onClick={() => onOpen(position.id)}
                  onKeyDown={onKeyDown(position.id)}
                >
                  <title>{name}</title>
                  {/* The ring widens the target and shows focus and selection; the glyph stays small, to
                      keep clear of the marks in the lane's first row. */}
                  <circle className="stance-marker__ring" r={8} />
                  <g transform="scale(0.72)">
                    <StanceGlyph stance={position.stance} />
                  </g>
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
});
