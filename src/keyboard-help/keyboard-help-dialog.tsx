import { Fragment, type ReactNode } from 'react';
import { ModalDialog } from '../components/modal-dialog.tsx';
import './keyboard-help-dialog.css';

export interface KeyboardHelpDialogProps {
  /** Whether the dialog is showing (as a modal). */
  readonly open: boolean;
  /** Called when the reader closes it: Escape, the Close button. */
  readonly onClose: () => void;
}

/** A key with a spoken name where its glyph would be read poorly, e.g. ← as "Left arrow". */
function Key({ glyph, name }: { glyph: string; name?: string }) {
  if (!name) return <kbd>{glyph}</kbd>;
  return (
    <kbd>
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{name}</span>
    </kbd>
  );
}

const or = <span className="keyboard-help__or"> or </span>;

const SECTIONS: readonly { title: string; rows: readonly (readonly [ReactNode, string])[] }[] = [
  {
    title: 'Anywhere',
    rows: [
      [<Key glyph="/" name="Slash" />, 'Search the timeline'],
      [<Key glyph="?" name="Question mark" />, 'Show these keyboard shortcuts'],
      [<><Key glyph="Tab" />{or}<Key glyph="Shift+Tab" /></>, 'Move between regions: search, filters, timeline, details'],
    ],
  },
  {
    title: 'In the timeline',
    rows: [
      [<><Key glyph="←" name="Left arrow" />{or}<Key glyph="→" name="Right arrow" /></>, 'Previous or next event in time order'],
      [<><Key glyph="↑" name="Up arrow" />{or}<Key glyph="↓" name="Down arrow" /></>, 'Move between lanes'],
      [<><Key glyph="Home" />{or}<Key glyph="End" /></>, 'First or last event'],
      [<Key glyph="Enter" />, 'Open the event in the detail panel'],
      [<Key glyph="Esc" name="Escape" />, 'Close the detail panel and return to the event on the timeline'],
      [<><Key glyph="+" name="Plus" />{or}<Key glyph="-" name="Minus" /></>, 'Zoom in or out'],
      [<Key glyph="0" name="Zero" />, 'Fit all events'],
    ],
  },
  {
    title: 'In search results',
    rows: [
      [<><Key glyph="↓" name="Down arrow" />{or}<Key glyph="↑" name="Up arrow" /></>, 'Move through the results'],
      [<Key glyph="Enter" />, 'Show the result'],
      [<Key glyph="Esc" name="Escape" />, 'Close the results; press again to clear the search'],
    ],
  },
];

/**
 * The keyboard shortcuts in a native modal <dialog>. Escape or Close closes it, and focus goes back to
 * whatever had it before (the help button, or the page where `?` was pressed).
 */
export function KeyboardHelpDialog({ open, onClose }: KeyboardHelpDialogProps) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts" className="keyboard-help">
      {SECTIONS.map((section) => (
        <section key={section.title} className="keyboard-help__section">
          <h3 className="keyboard-help__section-title">{section.title}</h3>
          <dl className="keyboard-help__list">
            {section.rows.map(([keys, action]) => (
              <Fragment key={action}>
                <dt className="keyboard-help__keys">{keys}</dt>
                <dd className="keyboard-help__action">{action}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </ModalDialog>
  );
}
