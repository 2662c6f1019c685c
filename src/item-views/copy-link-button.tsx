import { useEffect, useState } from 'react';
import { LinkUnavailableError } from './link-unavailable-error.ts';
import './item-views.css';

interface CopyLinkButtonProps {
  /** Copies the link; a rejected promise shows "Could not copy the link", or the message of a LinkUnavailableError. */
  onCopy: () => void | Promise<unknown>;
  /** Accessible name when the visible "Copy link" alone would be ambiguous, e.g. in a list. */
  label?: string;
  /** Class of the button. */
  className?: string;
}

const COPIED = 'Link copied';
const FAILED = 'Could not copy the link';

/** "Copy link", followed by a short spoken and visible confirmation. */
export function CopyLinkButton({ onCopy, label, className }: CopyLinkButtonProps) {
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await onCopy();
      setStatus(COPIED);
    } catch (error) {
      setStatus(error instanceof LinkUnavailableError ? error.message : FAILED);
    }
  };

  return (
    <span className="detail-copy">
      <button type="button" className={className} aria-label={label} onClick={() => void copy()}>
        Copy link
      </button>
      {/* Always rendered, so screen readers already watch the region when the message appears. */}
      <span className="detail-copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
