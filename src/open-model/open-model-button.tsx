import type { ChangeEvent } from 'react';
import './open-model-button.css';

export interface OpenModelButtonProps {
  /** Called with the files the reader picked (one model, or the CSV template's files together). */
  onModelFiles: (files: File[]) => void;
  /** The button's text; "Open model…" by default. */
  label?: string;
}

/** What the picker offers: Parley and TimelineJS JSON, and CSV (a TimelineJS sheet or the template). */
export const MODEL_FILE_TYPES = '.json,application/json,.csv,text/csv';

/**
 * "Open model…": a native file input dressed as a button, so it keeps the browser's own keyboard
 * and screen-reader behaviour. Reading, converting and checking the files is readModelFiles's job.
 */
export function OpenModelButton({ onModelFiles, label = 'Open model…' }: OpenModelButtonProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Cleared so that choosing the same file again (after fixing it) fires change again.
    input.value = '';
    if (files.length > 0) onModelFiles(files);
  };
  return (
    <label className="button open-model-button">
      <input type="file" multiple accept={MODEL_FILE_TYPES} className="open-model-button__input" onChange={handleChange} />
      {label}
    </label>
  );
}
