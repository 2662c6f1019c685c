import { formatCount } from '../components/format-count.ts';
import { saveTextFile } from '../components/save-text-file.ts';
import type { ConversionSummary } from './read-model-files.ts';
import './conversion-notice.css';

export interface ConversionNoticeProps {
  /** What the importer made of the files the reader opened. */
  conversion: ConversionSummary;
}

/**
 * "Converted from TimelineJS: 18 notes", the notes one click away (a native disclosure), and
 * "Download as Parley model", which saves the converted file so it can be fixed, validated and published.
 */
export function ConversionNotice({ conversion }: ConversionNoticeProps) {
  const { notes, formatName, fileName, text } = conversion;
  const count = formatCount(notes.length, { one: 'note', other: 'notes' });
  return (
    <section className="conversion-notice" aria-label="Conversion">
      <p className="conversion-notice__summary">
        <strong>
          Converted from {formatName}: {count}
        </strong>{' '}
        <span>Read the notes for what could not be carried over, then download the model to check and publish it.</span>{' '}
        <button type="button" className="button button--primary" onClick={() => saveTextFile(fileName, text, 'application/json')}>
          Download as Parley model
        </button>
      </p>
      {notes.length > 0 && (
        <details className="conversion-notice__notes">
          <summary>Show the {count}</summary>
          {/* Focusable: a long list scrolls, and keyboard readers must be able to scroll it. */}
          <ol tabIndex={0} aria-label="Conversion notes">
            {notes.map((note, i) => (
              <li key={i}>
                <code>{note.at}</code> {note.message}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
