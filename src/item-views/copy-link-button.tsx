import { useEffect, useState } from 'react';
import './item-views.css';

interface CopyLinkButtonProps {
  /** Copies the link; a rejected promise shows "Could not copy the link". */
  onCopy: () => void | Promise<unknown>;
  /** Accessible name when the visible "Copy link" alone would be ambiguous, e.g. in a list. */
  label?: string;
  /** Class of the button. */
  className?: string;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<CopyStatus, string> = { idle: '', copied: 'Link copied', failed: 'Could not copy the link' };

/** "Copy link", followed by a short spoken and visible confirmation. */
export function CopyLinkButton({ onCopy, label, className }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await onCopy();
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <span className="detail-copy">
      <button type="button" className={className} aria-label={label} onClick={() => void copy()}>
        Copy link
      </button>
      {/* Always rendered, so screen readers already watch the region when the message appears. */}
      <span className="detail-copy-status" role="status">
        {MESSAGES[status]}
      </span>
    </span>
  );
}
