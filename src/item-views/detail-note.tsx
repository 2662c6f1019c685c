import { useId } from 'react';
import './item-views.css';

interface DetailNoteProps {
  /** The curator's note, shown as written. */
  text: string;
}

/** A curator's note (conflicting reports, caveats), set apart from the reporting and labelled "Note". */
export function DetailNote({ text }: DetailNoteProps) {
  const labelId = useId();
  return (
    <div className="detail-note" role="note" aria-labelledby={labelId}>
      <span id={labelId} className="detail-note-label">
        Note
      </span>
      <p className="detail-note-text">{text}</p>
    </div>
  );
}
