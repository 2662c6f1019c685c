import type { Stance } from '../model/types.ts';

/** The marks drawn over a tinted tile, one kind per stance, so strips differ in more than colour. */
const MARKS: Readonly<Record<Stance, string | undefined>> = {
  // Upright bars.
  proposes: 'M1.5,0V6M4.5,0V6',
  // Solid: the plainest yes.
  supports: undefined,
  // Diagonal stripes.
  conditional: 'M-1,1L1,-1M0,6L6,0M5,7L7,5',
  // Dots, drawn as a zero-length round-capped line.
  noncommittal: 'M3,3h0.01',
  // Cross-hatching.
  opposes: 'M0,0L6,6M6,0L0,6',
};

interface StancePatternProps {
  stance: Stance;
  /** The element id that `fill="url(#…)"` names; unique in the document. */
  id: string;
}

/** An SVG pattern for a stance (place it in a <defs>): a tinted tile with the stance's marks in its colour. */
export function StancePattern({ stance, id }: StancePatternProps) {
  const marks = MARKS[stance];
  return (
    <pattern id={id} className={`stance-pattern stance--${stance}`} width={6} height={6} patternUnits="userSpaceOnUse">
      <rect className={marks ? 'stance-pattern__tint' : 'stance-pattern__solid'} width={6} height={6} />
      {marks && <path className={stance === 'noncommittal' ? 'stance-pattern__dots' : 'stance-pattern__marks'} d={marks} />}
    </pattern>
  );
}
