import { useCallback, useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Model } from '../model/types.ts';
import { selectVisibleItems, type VisibleItems } from '../selectors/select-visible-items.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { ActiveFilterChips } from './active-filter-chips.tsx';
import { ActorFilterMenu, type ActorFilterMenuHandle } from './actor-filter-menu.tsx';
import { DateRangeFilter } from './date-range-filter.tsx';
import { describeVisibleItems } from './describe-visible-items.ts';
import { KindFilterButtons } from './kind-filter-buttons.tsx';
import { listFilterChips } from './list-filter-chips.ts';
import './filter-bar.css';

export interface FilterBarProps {
  /** The model whose actors and event kinds can be filtered. */
  readonly model: Model;
  /** What the filters (and a reply thread) leave, as the app computed it; computed here when absent. */
  readonly visible?: VisibleItems;
}

/**
 * Filters by actor, event kind, date range and verbatim quotes, with the active ones as removable chips,
 * "Clear all filters" (the search text stays), and a live "Showing 12 of 40 events" summary.
 */
export function FilterBar({ model, visible: given }: FilterBarProps) {
  const headingId = useId();
  const actorMenuRef = useRef<ActorFilterMenuHandle>(null);
  const filters = useViewStore(
    useShallow((s) => ({ actorFilter: s.actorFilter, kindFilter: s.kindFilter, verbatimOnly: s.verbatimOnly, dateFilter: s.dateFilter, thread: s.thread })),
  );
  const actions = useViewStore(
    useShallow((s) => ({
      toggleActorFilter: s.toggleActorFilter,
      toggleKindFilter: s.toggleKindFilter,
      setVerbatimOnly: s.setVerbatimOnly,
      setDateFilter: s.setDateFilter,
      showThread: s.showThread,
      clearFilters: s.clearFilters,
    })),
  );
  const computed = useMemo(() => (given ? undefined : selectVisibleItems(model, filters)), [given, model, filters]);
  const visible = given ?? computed!;
  const chips = listFilterChips(model, filters, actions);
  const focusFirstControl = useCallback(() => actorMenuRef.current?.focus(), []);

  return (
    <section className="filter-bar" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Filters
      </h2>
      <div className="filter-bar__controls">
        <ActorFilterMenu model={model} selected={filters.actorFilter} onToggle={actions.toggleActorFilter} ref={actorMenuRef} />
        <KindFilterButtons model={model} selected={filters.kindFilter} onToggle={actions.toggleKindFilter} />
        <DateRangeFilter value={filters.dateFilter} onApply={actions.setDateFilter} />
        <label className="filter-bar__check">
          <input type="checkbox" checked={filters.verbatimOnly} onChange={(event) => actions.setVerbatimOnly(event.target.checked)} />
          Verbatim quotes only
        </label>
      </div>
      <div className="filter-bar__status">
        <p role="status" className="filter-bar__summary">
          {describeVisibleItems(model, visible)}
        </p>
        <ActiveFilterChips chips={chips} onEmptied={focusFirstControl} />
        {chips.length > 0 && (
          <button
            type="button"
            className="button filter-bar__clear"
            onClick={() => {
              actions.clearFilters();
              focusFirstControl();
            }}
          >
            Clear all filters
          </button>
        )}
      </div>
    </section>
  );
}
