import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Model } from '../model/types.ts';
import { selectVisibleItems, type VisibleItems } from '../selectors/select-visible-items.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { usePopoverDismiss } from '../components/use-popover-dismiss.ts';
import { ActiveFilterChips } from './active-filter-chips.tsx';
import { describeVisibleItems } from './describe-visible-items.ts';
import { LazyFilterPanel } from './lazy-filter-panel.ts';
import { listFilterChips } from './list-filter-chips.ts';
import './filter-bar.css';

export interface FilterBarProps {
  /** The model whose actors and event kinds can be filtered. */
  readonly model: Model;
  /** What the filters (and a reply thread) leave, as the app computed it; computed here when absent. */
  readonly visible?: VisibleItems;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * One "Filters" button (with how many are active) that opens the filters (actors, event kinds, dates,
 * verbatim quotes) in a popover, a bottom sheet on phones; beside it, the active filters as removable
 * chips. Focus moves into the popover when it opens; Escape, "Done", a click outside or Tab past its end
 * close it, and Escape and "Done" give focus back to the button. The popover's controls load on demand
 * (see lazy-filter-panel.ts), from the first hover, focus or press of the button.
 */
export function FilterBar({ model, visible: given }: FilterBarProps) {
  const panelId = useId();
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // Whether the reader has reached for the button yet; from then on the controls are rendered (hidden while closed).
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
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
  const summary = describeVisibleItems(model, visible);

  const focusToggle = useCallback(() => toggleRef.current?.focus(), []);
  /** Focus on the first control of the popover, or on the popover itself while its controls load. */
  const focusFirstControl = useCallback(() => {
    const dialog = dialogRef.current;
    (dialog?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog)?.focus();
  }, []);

  useEffect(() => {
    if (open) focusFirstControl();
  }, [open, focusFirstControl]);

  const onClose = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  }, []);
  const dismiss = usePopoverDismiss(rootRef, open, onClose);

  return (
    <div
      ref={rootRef}
      className={open ? 'filter-bar is-open' : 'filter-bar'}
      onKeyDown={dismiss.onKeyDown}
      onBlur={dismiss.onBlur}
    >
      <button
        ref={toggleRef}
        type="button"
        className="button filter-bar__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        onPointerEnter={want}
        onPointerDown={want}
        onFocus={want}
        onClick={() => setOpen(!open)}
      >
        <span className="filter-bar__icon" aria-hidden="true" />
        Filters
        {chips.length > 0 && (
          <>
            {' '}
            <span className="filter-bar__count">
              {chips.length}
              {' '}
              <span className="visually-hidden">active</span>
            </span>
          </>
        )}
      </button>
      <div ref={dialogRef} id={panelId} role="dialog" aria-modal="false" aria-labelledby={headingId} tabIndex={-1} className="filter-popover" hidden={!open}>
        <h2 id={headingId} className="filter-popover__title">
          Filters
        </h2>
        {(wanted || open) && (
          <Suspense fallback={<p className="filter-popover__loading">Loading the filters…</p>}>
            <LazyFilterPanel
              model={model}
              filters={filters}
              actions={actions}
              summary={summary}
              isFiltered={chips.length > 0}
              onCleared={focusFirstControl}
              onReady={() => {
                // Opened before its controls had loaded: focus was put on the popover itself.
                if (document.activeElement === dialogRef.current) focusFirstControl();
              }}
              onDone={() => onClose(true)}
            />
          </Suspense>
        )}
      </div>
      <ActiveFilterChips chips={chips} onEmptied={focusToggle} />
      <p role="status" className="visually-hidden">
        {summary}
      </p>
    </div>
  );
}
