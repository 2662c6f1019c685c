import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

export interface ModalDialogProps {
  /** Whether the dialog is showing (as a modal). */
  readonly open: boolean;
  /** Called when the reader closes it: Escape, the Close button. */
  readonly onClose: () => void;
  /** The dialog's heading, which also names it. */
  readonly title: ReactNode;
  /** The dialog's own class, for its width and content. */
  readonly className?: string;
  /** Called each time the dialog opens, before it shows (to clear a status left from last time). */
  readonly onOpen?: () => void;
  /** The id of the element that describes the dialog (read after its name when it opens). */
  readonly describedBy?: string;
  readonly children: ReactNode;
}

/**
 * A native modal <dialog> with a heading and a Close button: focus is trapped and the page behind is
 * inert for free. Escape or Close closes it (Escape only the dialog, not the app's panel behind it),
 * and focus goes back to whatever had it before.
 */
export function ModalDialog({ open, onClose, title, className, onOpen, describedBy, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const headingId = useId();
  const opening = useEffectEvent(() => onOpen?.());
  // Focus goes back to what had it when the dialog opened, if that is still on the page.
  const returnFocus = () => {
    const previous = opener.current;
    opener.current = null;
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      opening();
      // jsdom and very old browsers lack showModal; the open attribute still shows the content.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open) {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      returnFocus();
    }
  }, [open]);

  // A parent that unmounts the dialog to close it still gets the focus back where it was.
  useEffect(() => returnFocus, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={headingId}
      aria-describedby={describedBy}
      // Escape fires cancel and then close; both end up here so the parent's state follows the element.
      // A close that follows `open` turning false is the parent's own doing: it is not told again.
      onClose={() => {
        if (open) onClose();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // The app's Escape closes the panel; here it closes only the dialog.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="modal-dialog__header">
        <h2 id={headingId} className="modal-dialog__title">
          {title}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
