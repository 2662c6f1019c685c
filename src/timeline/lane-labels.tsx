import { memo } from 'react';
import type { Lane } from './layout/layout-lanes';
import { wrapToWidth } from './layout/wrap-to-width';

/** Between the two lines of a wrapped lane name, in px. */
const LINE_HEIGHT = 13;
import { SCENE } from './scene/layout-timeline-scene';

interface LaneLabelsProps {
  lanes: readonly Lane[];
  /** Top and height of each lane, from the scene (lanes grow with the events they must stack). */
  laneTops: readonly number[];
  laneHeights: readonly number[];
  /** Width of the label gutter left of the plot. */
  gutter: number;
  /** Full width of the timeline (gutter + plot), for the lane bands. */
  width: number;
  /** Colour per lane (actor colour), drawn as a small swatch. */
  colorOf: (lane: Lane) => string | undefined;
  /** The lane of the selected actor, highlighted. */
  highlightedKey?: string;
  /** Opens the actor of a lane. */
  onShowActor: (id: string) => void;
}

/** Lane bands and their labels in the gutter; people sit indented under their state. Memoized: the lanes do not change while the reader zooms. */
export const LaneLabels = memo(function LaneLabels({ lanes, laneTops, laneHeights, gutter, width, colorOf, highlightedKey, onShowActor }: LaneLabelsProps) {
  return (
    <g className="lanes">
      {lanes.map((lane, i) => {
        const y = laneTops[i] ?? 0;
        const laneHeight = laneHeights[i] ?? 0;
        const indent = lane.depth === 1 ? 18 : 8;
        const color = colorOf(lane);
        const groupStart = lane.depth === 0;
        // Two lines rather than "United S…": a lane is at least two label lines tall (laneHeightFor(1)).
        const lines = wrapToWidth(lane.label, gutter - indent - 8, lane.depth === 0 ? 7.4 : 6.8, 2);
        const label = lines.map((line, n) => (
          <tspan key={n} x={indent} dy={n === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ));
        return (
          <g key={lane.key} transform={`translate(0, ${y})`} className={lane.key === highlightedKey ? 'lane is-highlighted' : 'lane'}>
            <rect className={i % 2 ? 'lane__band lane__band--odd' : 'lane__band'} x={0} width={width} height={laneHeight} />
            {groupStart && i > 0 && <line className="lane__group-rule" x1={0} x2={width} y1={0} y2={0} />}
            {color && <rect className="lane__swatch" x={indent - 6} y={SCENE.laneTopPad - 7} width={3} height={14} rx={1.5} style={{ fill: color }} />}
            {lane.actorId ? (
              <text
                className={lane.depth === 0 ? 'lane__label lane__label--group' : 'lane__label'}
                x={indent}
                y={SCENE.laneTopPad + 4}
                onClick={() => lane.actorId && onShowActor(lane.actorId)}
              >
                <title>{lane.label}</title>
                {label}
              </text>
            ) : (
              <text className="lane__label" x={indent} y={SCENE.laneTopPad + 4}>
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
