import type { Position } from '../model/types.ts';
import { formatPartialDate } from '../model/format-partial-date.ts';
import { StanceIcon } from '../item-views/stance-icon.tsx';
import { formatStance } from '../item-views/format-stance.ts';

interface PositionCellButtonProps {
  position: Position;
  /** The position was taken on the date shown. */
  changed: boolean;
  /** The position is open in the panel. */
  selected: boolean;
  /** Opens the position in the panel. */
  onOpen: (id: string) => void;
}

/** A cell of the positions table: "Conditional · since 13 March 2025", which opens the position. */
export function PositionCellButton({ position, changed, selected, onOpen }: PositionCellButtonProps) {
  const conditions = position.conditions.length;
  return (
    <button
      type="button"
      className={`position-cell stance--${position.stance}${selected ? ' is-selected' : ''}`}
      aria-pressed={selected}
      data-position-id={position.id}
      onClick={() => onOpen(position.id)}
    >
      <span className="position-cell__stance">
        <StanceIcon stance={position.stance} />
        <span className="position-cell__word">{formatStance(position.stance)}</span>
        <span className="position-cell__since">
          {' · since '}
          <time dateTime={position.date.raw}>{formatPartialDate(position.date, 'long')}</time>
        </span>
      </span>
      {/* The spaces between the parts keep the button's name readable ("… 2025, 1 condition"); flex
          layout ignores them. */}
      {(conditions > 0 || changed) && ' '}
      {(conditions > 0 || changed) && (
        <span className="position-cell__meta">
          {conditions > 0 && <span>{conditions === 1 ? '1 condition' : `${conditions} conditions`}</span>}
          {conditions > 0 && changed && ' '}
          {changed && <span className="position-cell__changed">Changed on this date</span>}
        </span>
      )}
    </button>
  );
}
