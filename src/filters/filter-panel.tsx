import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Model } from '../model/types.ts';
import type { ViewStore } from '../view-state/view-store.ts';
import { ActorFilterGroups } from './actor-filter-groups.tsx';
import { DateRangeFilter } from './date-range-filter.tsx';
import { KindFilterButtons } from './kind-filter-buttons.tsx';

export interface FilterPanelProps {
  readonly model: Model;
  readonly filters: Pick<ViewStore, 'actorFilter' | 'kindFilter' | 'verbatimOnly' | 'dateFilter'>;
  readonly actions: Pick<ViewStore, 'toggleActorFilter' | 'toggleKindFilter' | 'setVerbatimOnly' | 'setDateFilter' | 'clearFilters'>;
  /** "Showing 12 of 40 events…", kept current as the reader chooses. */
  readonly summary: string;
  /** Whether any filter is active ("Clear all filters" has something to do). */
  readonly isFiltered: boolean;
  /** Called after "Clear all filters", to put focus somewhere useful. */
  readonly onCleared: () => void;
  /** Closes the popover. */
  readonly onDone: () => void;
  /** Called once the controls are on the page. */
  readonly onReady?: () => void;
}

/** A headed group of the popover; its heading names it. */
function FilterSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="filter-panel__section" aria-labelledby={id}>
      <h3 id={id} className="filter-panel__heading">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The inside of the filters popover: event kinds, actors (grouped, states first), a date range and
 * verbatim quotes, then what they leave and the buttons that finish. Loaded on demand (see
 * lazy-filter-panel.ts); the popover around it is filter-bar.tsx.
 */
export function FilterPanel({ model, filters, actions, summary, isFiltered, onCleared, onDone, onReady }: FilterPanelProps) {
  const ready = useRef(onReady);
  useEffect(() => ready.current?.(), []);
  return (
    <>
      <div className="filter-panel__body">
        <section className="filter-panel__section filter-panel__section--kinds">
          <KindFilterButtons model={model} selected={filters.kindFilter} onToggle={actions.toggleKindFilter} />
        </section>
        <FilterSection title="Actors">
          <div className="filter-panel__actors">
            <ActorFilterGroups model={model} selected={filters.actorFilter} onToggle={actions.toggleActorFilter} />
          </div>
        </FilterSection>
        <FilterSection title="Dates">
          <DateRangeFilter value={filters.dateFilter} onApply={actions.setDateFilter} />
        </FilterSection>
        <FilterSection title="Quotes">
          <label className="filter-bar__check">
            <input type="checkbox" checked={filters.verbatimOnly} onChange={(event) => actions.setVerbatimOnly(event.target.checked)} />
            Verbatim quotes only
          </label>
        </FilterSection>
      </div>
      <div className="filter-panel__footer">
        <p className="filter-panel__summary">{summary}</p>
        <button
          type="button"
          className="button filter-panel__clear"
          disabled={!isFiltered}
          onClick={() => {
            actions.clearFilters();
            onCleared();
          }}
        >
          Clear all filters
        </button>
        <button type="button" className="button button--primary filter-panel__done" onClick={onDone}>
          Done
        </button>
      </div>
    </>
  );
}
