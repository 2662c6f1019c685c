import type { ReactNode } from 'react';

interface BadgeProps {
  children: ReactNode;
  /** Class for the look; the badge itself only adds semantics-free markup. */
  className?: string;
}

/** A short label that qualifies what follows it, e.g. "Paraphrase". Read as ordinary text. */
export function Badge({ children, className }: BadgeProps) {
  return <span className={className}>{children}</span>;
}
