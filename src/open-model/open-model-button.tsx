import type { ChangeEvent } from 'react';
import './open-model-button.css';

export interface OpenModelButtonProps {
  /** Called with the file the reader picked. */
  onModelFile: (file: File) => void;
  /** The button's text; "Open model…" by default. */
  label?: string;
}

/**
 * "Open model…": a native file input dressed as a button, so it keeps the browser's own keyboard
 * and screen-reader behaviour. Reading and checking the file is readModelFile's job.
 */
export function OpenModelButton({ onModelFile, label = 'Open model…' }: OpenModelButtonProps) {
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires change again.
    input.value = '';
    if (file) onModelFile(file);
  };
  return (
    <label className="button open-model-button">
      <input type="file" accept=".json,application/json" className="open-model-button__input" onChange={handleChange} />
      {label}
    </label>
  );
}
