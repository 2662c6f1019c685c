import { useEffect, useRef } from 'react';

export interface FilterChip {
  /** Stable identity, e.g. `actor:putin`. */
  readonly key: string;
  /** What the chip says, e.g. "Actor: Vladimir Putin". */
  readonly label: string;
  readonly onRemove: () => void;
}

export interface ActiveFilterChipsProps {
  readonly chips: readonly FilterChip[];
  /** Called after the last chip was removed with the keyboard or a click, to put focus somewhere useful. */
  readonly onEmptied: () => void;
}

/**
 * The active filters as a list of buttons ("Actor: Vladimir Putin ×"), each removing its filter. Focus
 * moves to the chip that took the removed one's place, so keyboard users can keep removing. The × is
 * drawn by CSS with empty alternative text: as a text node it would be a visible word missing from the
 * name "Remove Actor: Vladimir Putin" (WCAG 2.5.3 Label in Name).
 */
export function ActiveFilterChips({ chips, onEmptied }: ActiveFilterChipsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [chips, onEmptied]);

  if (chips.length === 0) return null;
  return (
    <ul ref={listRef} className="filter-chips" aria-label="Active filters">
      {chips.map((chip, index) => (
        <li key={chip.key}>
          <button
            type="button"
            className="filter-chips__chip"
            aria-label={`Remove ${chip.label}`}
            onClick={() => {
              focusIndex.current = index;
              chip.onRemove();
            }}
          >
            {chip.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
