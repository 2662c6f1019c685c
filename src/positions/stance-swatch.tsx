import { useId } from 'react';
import type { Stance } from '../model/types.ts';
import { StancePattern } from './stance-pattern.tsx';

/** A short sample of a stance's strip, for legends; decorative, as the stance is named beside it. */
export function StanceSwatch({ stance }: { stance: Stance }) {
  // useId's characters are not all allowed in url(#…); the letters and digits are unique enough.
  const id = `stance-swatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <svg className="stance-swatch" width={28} height={12} aria-hidden="true" focusable="false">
      <defs>
        <StancePattern stance={stance} id={id} />
      </defs>
      <rect className={`stance-swatch__band stance--${stance}`} x={0.5} y={0.5} width={27} height={11} rx={2} fill={`url(#${id})`} />
    </svg>
  );
}
