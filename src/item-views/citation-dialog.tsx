import { useId, useMemo, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog.tsx';
import type { StatementSummary } from '../selectors/select-detail.ts';
import { formatApaCitation } from './format-apa-citation.ts';
import { formatChicagoCitation } from './format-chicago-citation.ts';
import { useItemLinks } from './item-links.ts';
import { collectQuoteCitation } from './quote-citation.ts';
import './citation-dialog.css';

export interface CitationDialogProps {
  /** Whether the dialog is showing (as a modal). */
  open: boolean;
  /** Called when the reader closes it (Close, Escape). */
  onClose: () => void;
  summary: StatementSummary;
}

/** Selects an element's text, for copying by hand where the clipboard is refused. */
function selectText(element: HTMLElement | null): void {
  const selection = element ? window.getSelection() : null;
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Ready citations of one quote in a modal dialog (ModalDialog): Chicago and APA, each with Copy, and the
 * link back to the quote in this timeline (or why there is none). Plain text, so what is copied is
 * what is shown.
 */
export function CitationDialog({ open, onClose, summary }: CitationDialogProps) {
  const ids = useId();
  const [status, setStatus] = useState('');
  const links = useItemLinks();
  const citation = useMemo(() => collectQuoteCitation(summary), [summary]);
  const link = links.linkTo('statement', summary.statement.id);
  const entries = [
    { id: `${ids}-chicago`, name: 'Chicago', text: formatChicagoCitation(citation), what: 'the Chicago citation', isLink: false },
    { id: `${ids}-apa`, name: 'APA', text: formatApaCitation(citation), what: 'the APA citation', isLink: false },
    ...(link ? [{ id: `${ids}-link`, name: 'Link to this quote', text: link, what: 'the link to this quote', isLink: true }] : []),
  ];

  const copy = async (entry: (typeof entries)[number]) => {
    try {
      // Refused in some iframes and insecure contexts; then the text is selected for copying by hand.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(entry.text);
      setStatus(`Copied ${entry.what}.`);
    } catch {
      selectText(document.getElementById(entry.id));
      setStatus('The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <ModalDialog open={open} onClose={onClose} title="Cite this quote" className="citation-dialog" onOpen={() => setStatus('')}>
      <p className="citation-dialog__help">
        {citation.speaker}, {citation.paraphrase ? 'as paraphrased by the source' : 'as quoted by the source'}. Check the citation against your style guide; the
        source is the document Parley found the words in.
      </p>
      {entries.map((entry) => (
        <section key={entry.id} className="citation-dialog__entry" aria-labelledby={`${entry.id}-name`}>
          <h3 id={`${entry.id}-name`} className="citation-dialog__name">
            {entry.name}
          </h3>
          {entry.isLink ? (
            <a id={entry.id} className="citation-dialog__text" href={entry.text}>
              {entry.text}
            </a>
          ) : (
            <p id={entry.id} className="citation-dialog__text">
              {entry.text}
            </p>
          )}
          <button type="button" className="button" aria-label={`Copy ${entry.what}`} onClick={() => void copy(entry)}>
            Copy
          </button>
        </section>
      ))}
      {!link && links.unavailable && (
        <section className="citation-dialog__entry" aria-labelledby={`${ids}-nolink`}>
          <h3 id={`${ids}-nolink`} className="citation-dialog__name">
            Link to this quote
          </h3>
          <p className="citation-dialog__text">{links.unavailable}</p>
        </section>
      )}
      <p className="citation-dialog__status" role="status">
        {status}
      </p>
    </ModalDialog>
  );
}
