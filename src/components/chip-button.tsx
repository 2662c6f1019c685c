import type { ReactNode } from 'react';

interface ChipButtonProps {
  /** The main label, e.g. a name. */
  children: ReactNode;
  /** Secondary text shown after the label in a quieter style, e.g. a role. */
  meta?: ReactNode;
  /** Called when the chip is pressed. */
  onClick: () => void;
  /** Class of the chip; `${className}-label` and `${className}-meta` style its parts. */
  className?: string;
}

/** A pill-shaped button, for short items such as people or places that open something. */
export function ChipButton({ children, meta, onClick, className }: ChipButtonProps) {
  return (
    <button type="button" className={className} onClick={onClick}>
      <span className={className && `${className}-label`}>{children}</span>
      {meta !== undefined && meta !== null && meta !== '' && (
        <span className={className && `${className}-meta`}>
          <span className="visually-hidden">, </span>
          {meta}
        </span>
      )}
    </button>
  );
}
