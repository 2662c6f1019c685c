import { useModelFileDrop } from './use-model-file-drop.ts';
import './model-drop-zone.css';

export interface ModelDropZoneProps {
  /** Called with a file dropped anywhere on the page. */
  onModelFile: (file: File) => void;
}

/**
 * Drag-and-drop of a model file onto the page, with an overlay while a file is dragged over it.
 * A mouse convenience; OpenModelButton is the way for everyone else.
 */
export function ModelDropZone({ onModelFile }: ModelDropZoneProps) {
  const { dragging } = useModelFileDrop(onModelFile);
  if (!dragging) return null;
  return (
    <div className="model-drop-zone">
      <p className="model-drop-zone__message">Drop the model file to open it</p>
    </div>
  );
}
