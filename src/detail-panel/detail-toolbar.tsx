import { CopyLinkButton } from '../item-views/copy-link-button.tsx';
import { capitalize } from '../item-views/capitalize.ts';

interface DetailToolbarProps {
  /** What the previous/next buttons walk through, for their names: "event". */
  noun: string;
  onClose: () => void;
  /** Absent: the Previous button is disabled (first item) — unless both are absent, then no buttons. */
  onPrevious?: () => void;
  onNext?: () => void;
  /** Zero-based index and count, shown as "3 of 24". */
  position?: { index: number; total: number };
  /** Copies a link to what is shown; no button when absent. */
  onCopyLink?: () => void | Promise<unknown>;
}

/** The panel's controls: walk previous/next, copy a link, close. */
export function DetailToolbar({ noun, onClose, onPrevious, onNext, position, onCopyLink }: DetailToolbarProps) {
  const hasWalk = onPrevious !== undefined || onNext !== undefined;
  return (
    <div className="detail-toolbar">
      {hasWalk && (
        <div className="detail-walk" role="group" aria-label={`Walk through ${noun}s in time order`}>
          <button
            type="button"
            className="button detail-action"
            aria-label={`Previous ${noun}`}
            disabled={onPrevious === undefined}
            onClick={onPrevious}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          {position && (
            <span className="detail-position">
              <span className="visually-hidden">{capitalize(noun)} </span>
              {position.index + 1} of {position.total}
            </span>
          )}
          <button
            type="button"
            className="button detail-action"
            aria-label={`Next ${noun}`}
            disabled={onNext === undefined}
            onClick={onNext}
          >
            Next<span aria-hidden="true"> →</span>
          </button>
        </div>
      )}
      <div className="detail-toolbar-end">
        {onCopyLink && <CopyLinkButton className="button detail-action" onCopy={onCopyLink} />}
        <button type="button" className="button detail-action detail-close" aria-label="Close details" onClick={onClose}>
          <span aria-hidden="true">✕</span>
          <span className="detail-close-text">Close</span>
        </button>
      </div>
    </div>
  );
}
