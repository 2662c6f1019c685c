import { useEffect, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface PopoverDismissHandlers {
  /** Put on the element that holds the toggle button and the popover. */
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onBlur: (event: FocusEvent) => void;
}

/**
 * The ways a non-modal popover closes: Escape (focus goes back to its button: `onClose(true)`), and a
 * press outside it or focus moving out of it (focus stays where the reader put it: `onClose(false)`).
 * `rootRef` holds both the button and the popover.
 */
export function usePopoverDismiss(rootRef: RefObject<HTMLElement | null>, open: boolean, onClose: (returnFocus: boolean) => void): PopoverDismissHandlers {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, rootRef, onClose]);

  return {
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || !open) return;
      // The app closes its detail panel on Escape; this one belongs to the popover.
      event.stopPropagation();
      event.preventDefault();
      onClose(true);
    },
    onBlur: (event) => {
      const next = event.relatedTarget;
      if (open && next instanceof Node && !event.currentTarget.contains(next)) onClose(false);
    },
  };
}
