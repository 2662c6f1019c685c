import type { Stance } from '../model/types.ts';
import './stance.css';

/** One glyph per stance, drawn on a disc of the stance's colour: a shape to tell them apart without colour. */
const GLYPHS: Readonly<Record<Stance, string>> = {
  // An arrow: putting an idea forward.
  proposes: 'M-3.5,0H3.2M0.4,-2.9L3.3,0L0.4,2.9',
  // A tick.
  supports: 'M-3.4,0.2L-1,2.7L3.5,-2.6',
  // A tick with a rule under it: yes, on terms.
  conditional: 'M-3.4,-1.2L-1.4,0.9L3.2,-3.4M-3.2,3.2H3.2',
  // A level line: neither yes nor no.
  noncommittal: 'M-3.4,0H3.4',
  // A cross.
  opposes: 'M-2.9,-2.9L2.9,2.9M2.9,-2.9L-2.9,2.9',
};

interface StanceIconProps {
  stance: Stance;
  /** Edge length in px; 16 by default. */
  size?: number;
}

/** The stance's glyph on its colour, decorative: the stance is always written out beside it. */
export function StanceIcon({ stance, size = 16 }: StanceIconProps) {
  return (
    <svg className={`stance-icon stance--${stance}`} width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <StanceGlyph stance={stance} />
    </svg>
  );
}

/** The disc and glyph alone, centred on 0,0 with radius 7.5, for drawing inside another SVG. */
export function StanceGlyph({ stance }: { stance: Stance }) {
  return (
    <>
      <circle className="stance-icon__disc" r={7.5} />
      <path className="stance-icon__glyph" d={GLYPHS[stance]} />
    </>
  );
}
