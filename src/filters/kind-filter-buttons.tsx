import { useId, useMemo } from 'react';
import type { Model } from '../model/types.ts';
import { formatCount } from '../components/format-count.ts';
import { formatKind } from '../item-views/format-kind.ts';
import { listEventKinds } from './list-event-kinds.ts';

export interface KindFilterButtonsProps {
  readonly model: Model;
  /** The kinds in the filter; none means every kind. */
  readonly selected: readonly string[];
  /** Adds the kind to the filter or removes it. */
  readonly onToggle: (kind: string) => void;
}

/**
 * One toggle button (aria-pressed) per event kind in the model, with its number of events. The name
 * ("call, 3 events") starts with the visible text ("call 3") and adds what the number counts.
 */
export function KindFilterButtons({ model, selected, onToggle }: KindFilterButtonsProps) {
  const labelId = useId();
  const kinds = useMemo(() => listEventKinds(model), [model]);
  if (kinds.length === 0) return null;
  return (
    <div role="group" aria-labelledby={labelId} className="kind-filter">
      <span id={labelId} className="filter-bar__label">
        Kinds
      </span>
      {kinds.map(({ kind, count }) => (
        <button
          key={kind}
          type="button"
          className="kind-filter__toggle"
          aria-pressed={selected.includes(kind)}
          aria-label={`${formatKind(kind)}, ${formatCount(count, { one: 'event', other: 'events' })}`}
          onClick={() => onToggle(kind)}
        >
          {/* The space keeps the visible words apart ("call 3", not "call3"), so they appear, in order,
              in the accessible name (WCAG 2.5.3 Label in Name: a speech user says what they see). */}
          {formatKind(kind)}{' '}
          <span className="kind-filter__count">{count}</span>
        </button>
      ))}
    </div>
  );
}
