import { useEffect, useId, useRef } from 'react';
import type { ModelLoadProgress } from '../data/model-load-progress';
import { ModelLoadProgressView } from './model-load-progress-view';

export interface ModelLoadDialogProps {
  /** The file being opened. */
  readonly label: string;
  readonly progress: ModelLoadProgress | undefined;
  /** Stops the load; the model shown before stays. */
  readonly onCancel: () => void;
}

/**
 * The progress of a model the reader opened, in a modal dialog over the model shown so far: that
 * model stays as it was (selection, zoom, filters) and is back the moment the load is cancelled.
 * Escape cancels, as Cancel does; focus returns to what had it.
 */
export function ModelLoadDialog({ label, progress, onCancel }: ModelLoadDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement;
    // jsdom and very old browsers lack showModal; the open attribute still shows the content.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  // Escape fires `cancel`: the load stops, and the dialog closes because the caller unmounts it.
  useEffect(() => {
    const dialog = ref.current;
    const onEscape = (event: Event) => {
      event.preventDefault();
      onCancel();
    };
    dialog?.addEventListener('cancel', onEscape);
    return () => dialog?.removeEventListener('cancel', onEscape);
  }, [onCancel]);

  return (
    <dialog ref={ref} className="model-load-dialog" aria-labelledby={headingId}>
      <h2 id={headingId} className="model-load-dialog__title">
        Opening {label}
      </h2>
      <ModelLoadProgressView label={label} progress={progress} onCancel={onCancel} />
    </dialog>
  );
}
