import type { ReactNode } from 'react';

interface LinkButtonProps {
  children: ReactNode;
  /** Called when pressed. */
  onClick: () => void;
  /** Class for the look; style it like a link. */
  className?: string;
}

/**
 * A button that reads like a link inside running text: it shows something in this page rather than
 * going to another address, so it is a button to assistive technology.
 */
export function LinkButton({ children, onClick, className }: LinkButtonProps) {
  return (
    <button type="button" className={className} onClick={onClick}>
      {children}
    </button>
  );
}
