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

/** "3 events" showing only "3": the noun is for screen readers, who hear the button as "talks 3 events". */
function CountPill({ text }: { text: string }) {
  const space = text.indexOf(' ');
  return (
    <span className="kind-filter__count">
      {text.slice(0, space)}
      <span className="visually-hidden">{text.slice(space)}</span>
    </span>
  );
}

/** One toggle button (aria-pressed) per event kind in the model, with its number of events. */
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
          onClick={() => onToggle(kind)}
        >
          {/* Named by its text, "talks 3 events", which starts with what it shows (label in name). */}
          {formatKind(kind)}{' '}
          <CountPill text={formatCount(count, { one: 'event', other: 'events' })} />
        </button>
      ))}
    </div>
  );
}
