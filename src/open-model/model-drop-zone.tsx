import { useModelFileDrop } from './use-model-file-drop.ts';
import './model-drop-zone.css';

export interface ModelDropZoneProps {
  /** Called with the files dropped anywhere on the page. */
  onModelFiles: (files: File[]) => void;
}

/**
 * Drag-and-drop of a model file onto the page, with an overlay while a file is dragged over it.
 * A mouse convenience; OpenModelButton is the way for everyone else.
 */
export function ModelDropZone({ onModelFiles }: ModelDropZoneProps) {
  const { dragging } = useModelFileDrop(onModelFiles);
  if (!dragging) return null;
  return (
    <div className="model-drop-zone">
      <p className="model-drop-zone__message">Drop a model, a TimelineJS file or CSV files to open them</p>
    </div>
  );
}
