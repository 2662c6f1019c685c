import { lazy, Suspense, useState } from 'react';
import type { StatementSummary } from '../selectors/select-detail.ts';

// The dialog and the citation styles load with the first "Cite": few readers cite, all read.
const CitationDialog = lazy(() => import('./citation-dialog.tsx').then((m) => ({ default: m.CitationDialog })));

interface CiteButtonProps {
  /** The statement to cite, with its speaker, occasion and source resolved. */
  summary: StatementSummary;
  /** The button's accessible name, e.g. "Cite statement by Vladimir Putin, 13 March 2025". */
  label: string;
  className?: string;
}

/** "Cite": opens ready citations of the quote (Chicago, APA) with Copy buttons and the link back to it. */
export function CiteButton({ summary, label, className }: CiteButtonProps) {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, and kept: closing is what hands focus back to the button.
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="dialog"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        Cite
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <CitationDialog open={open} onClose={() => setOpen(false)} summary={summary} />
        </Suspense>
      )}
    </>
  );
}
