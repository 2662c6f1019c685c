import type { AxisTicks } from './layout/select-axis-ticks';

interface TimeAxisProps {
  /** Ticks and context labels for the current zoom. */
  ticks: AxisTicks;
  /** Height of the plot below the axis, for grid lines. */
  plotHeight: number;
  /** Height of the axis band itself. */
  height: number;
}

/** The time axis: a context row ("March 2025"), fine ticks ("13") and faint grid lines through the lanes. */
export function TimeAxis({ ticks, plotHeight, height }: TimeAxisProps) {
  return (
    <g className="time-axis" aria-hidden="true" data-granularity={ticks.granularity}>
      {ticks.ticks.map((tick) => (
        <line key={`g${tick.time}`} className={tick.major ? 'time-axis__grid time-axis__grid--major' : 'time-axis__grid'} x1={tick.x} x2={tick.x} y1={height - 6} y2={height + plotHeight} />
      ))}
      {ticks.context.map((c) => (
        <text key={`c${c.time}`} className="time-axis__context" x={c.x + 3} y={14}>
          {c.label}
        </text>
      ))}
      {ticks.ticks.map((tick) =>
        tick.label ? (
          <text key={`t${tick.time}`} className="time-axis__label" x={tick.x + 3} y={height - 10}>
            {tick.label}
          </text>
        ) : null,
      )}
    </g>
  );
}
