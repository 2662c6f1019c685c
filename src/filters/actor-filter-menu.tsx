import { Suspense, useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Model } from '../model/types.ts';
import { LazyActorFilterGroups } from './lazy-actor-filter-groups.ts';

export interface ActorFilterMenuProps {
  readonly model: Model;
  /** Ids of the actors in the filter. */
  readonly selected: readonly string[];
  /** Adds the actor to the filter or removes it. */
  readonly onToggle: (id: string) => void;
  /** Lets the filter bar move focus to the disclosure button. */
  readonly ref?: Ref<ActorFilterMenuHandle>;
}

export interface ActorFilterMenuHandle {
  /** Focuses the disclosure button. */
  focus(): void;
}

/**
 * A disclosure button, "Actors (2)", that shows a list of checkboxes grouped by kind, states first.
 * Escape closes it and returns focus to the button; so do a click or focus elsewhere.
 * The checkboxes load on demand (see lazy-actor-filter-groups.ts): from the first hover, focus or
 * press on the button they render into the still-hidden popup, so opening it rarely waits.
 */
export function ActorFilterMenu({ model, selected, onToggle, ref }: ActorFilterMenuProps) {
  const [open, setOpen] = useState(false);
  // Whether the reader has reached for the menu yet; from then on the checkboxes are rendered (hidden while closed).
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => buttonRef.current?.focus() }), []);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="actor-filter"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // The app may close its detail panel on Escape; this one belongs to the menu.
        event.stopPropagation();
        event.preventDefault();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button filter-bar__disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={want}
        onPointerDown={want}
        onFocus={want}
        onClick={() => setOpen(!open)}
      >
        Actors{selected.length > 0 && ` (${selected.length})`}
        <span className="filter-bar__chevron" aria-hidden="true" />
      </button>
      <div id={panelId} className="actor-filter__panel" hidden={!open}>
        {(wanted || open) && (
          <Suspense fallback={<p className="actor-filter__empty">Loading actors…</p>}>
            <LazyActorFilterGroups model={model} selected={selected} onToggle={onToggle} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
