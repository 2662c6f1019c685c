import { useMemo } from 'react';
import type { LiveWindow } from './live-window';
import { selectAxisTicks } from './layout/select-axis-ticks';
import { timeScaleOf } from './layout/view-window';
import { useLiveWindow } from './use-live-window';
import { TimeAxis } from './time-axis';

interface LiveTimeAxisProps {
  live: LiveWindow;
  /** Plot width in px. */
  width: number;
  plotHeight: number;
  height: number;
}

/** The time axis of the window on screen: re-rendered on its own on every frame of a gesture (a few dozen nodes). */
export function LiveTimeAxis({ live, width, plotHeight, height }: LiveTimeAxisProps) {
  const shown = useLiveWindow(live);
  const ticks = useMemo(() => selectAxisTicks(timeScaleOf(shown, width), width), [shown, width]);
  return <TimeAxis ticks={ticks} plotHeight={plotHeight} height={height} />;
}
