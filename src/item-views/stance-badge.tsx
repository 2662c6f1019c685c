import type { Stance } from '../model/types.ts';
import { formatStance } from './format-stance.ts';
import { StanceIcon } from './stance-icon.tsx';
import './stance.css';

interface StanceBadgeProps {
  stance: Stance;
  /** Text after the stance word, e.g. " · since 13 March 2025". */
  suffix?: string;
}

/** A stance in words with its icon and colour, e.g. "✓ Conditional": never colour alone. */
export function StanceBadge({ stance, suffix }: StanceBadgeProps) {
  return (
    <span className={`stance-badge stance--${stance}`}>
      <StanceIcon stance={stance} />
      <span className="stance-badge__word">{formatStance(stance)}</span>
      {suffix !== undefined && <span className="stance-badge__suffix">{suffix}</span>}
    </span>
  );
}
