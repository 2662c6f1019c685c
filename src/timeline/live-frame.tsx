import type { ReactNode } from 'react';
import type { TimeSpan } from '../model/types';
import type { LiveWindow } from './live-window';
import { previewTransformOf } from './layout/view-window';
import { useLiveWindow } from './use-live-window';

interface LiveFrameProps {
  live: LiveWindow;
  /** The window the marks inside are laid out for. */
  drawn: TimeSpan;
  width: number;
  children: ReactNode;
}

/**
 * The wrapper that moves the drawn marks to the window on screen while they wait for their next
 * layout: on every frame of a gesture this one element re-renders (its children are the same
 * elements, so React does not look into them) and the browser only moves it. An HTML element, not
 * the <svg>: a transform on the <svg> itself has Chromium lay out every text in it again per frame.
 */
export function LiveFrame({ live, drawn, width, children }: LiveFrameProps) {
  const shown = useLiveWindow(live);
  const preview = previewTransformOf(drawn, shown, width);
  return (
    <div className="timeline__frame" style={preview ? { transform: preview } : undefined}>
      {children}
    </div>
  );
}
