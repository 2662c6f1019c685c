import type { ModelLoadProgress } from '../data/model-load-progress';
import { formatModelLoadProgress } from './format-model-load-progress';

export interface ModelLoadProgressViewProps {
  /** The file being loaded, as messages name it. */
  readonly label: string;
  /** How far the load is; undefined before its first report. */
  readonly progress: ModelLoadProgress | undefined;
  /** Stops the load. */
  readonly onCancel: () => void;
}

/**
 * A model load in progress: the stage in words (announced once per stage), a bar with the bytes or the
 * share done (a moving bar while a stage's length is unknown), and Cancel.
 */
export function ModelLoadProgressView({ label, progress, onCancel }: ModelLoadProgressViewProps) {
  const text = formatModelLoadProgress(label, progress);
  const known = text.max !== undefined;
  return (
    <div className="model-load">
      <p className="model-load__stage" role="status">
        {text.sentence}
      </p>
      <progress
        className="model-load__bar"
        aria-label={`Loading ${label}`}
        {...(known ? { value: text.value, max: text.max } : {})}
        {...(text.detail ? { 'aria-valuetext': text.detail } : {})}
      />
      <p className="model-load__detail">{text.detail}</p>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
