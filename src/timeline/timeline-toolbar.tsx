import type { ReactNode } from 'react';
import type { TrackMode } from './scene/build-timeline-tracks';

interface TimelineToolbarProps {
  mode: TrackMode;
  onModeChange: (mode: TrackMode) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  /** Present when something is selected: zooms to it. */
  onZoomToSelection?: () => void;
  /** "12 of 40 events" or similar, shown beside the controls. */
  summary: string;
  /** More controls after the layout buttons, e.g. the "Positions on" picker. */
  extra?: ReactNode;
}

/** Zoom, fit and lane-mode controls of the timeline. */
export function TimelineToolbar({ mode, onModeChange, onZoomIn, onZoomOut, onFitAll, onZoomToSelection, summary, extra }: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline controls">
      <div className="timeline-toolbar__group">
        <button type="button" className="button button--icon" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" className="button button--icon" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" className="button" onClick={onFitAll} title="Show everything (0)">
          Fit all
        </button>
        {onZoomToSelection && (
          <button type="button" className="button" onClick={onZoomToSelection}>
            Zoom to selection
          </button>
        )}
      </div>
      <div className="timeline-toolbar__group" role="group" aria-label="Layout">
        <button type="button" className="button segmented" aria-pressed={mode === 'actors'} onClick={() => onModeChange('actors')}>
          Actor lanes
        </button>
        <button type="button" className="button segmented" aria-pressed={mode === 'compact'} onClick={() => onModeChange('compact')}>
          Compact
        </button>
      </div>
      {extra}
      <p className="timeline-toolbar__summary">{summary}</p>
    </div>
  );
}
