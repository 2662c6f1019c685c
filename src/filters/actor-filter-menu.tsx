import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { Model } from '../model/types.ts';
import { groupActors } from './group-actors.ts';

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
 */
export function ActorFilterMenu({ model, selected, onToggle, ref }: ActorFilterMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => buttonRef.current?.focus() }), []);
  const panelId = useId();
  const groups = useMemo(() => groupActors(model, selected), [model, selected]);
  const chosen = new Set(selected);

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
        onClick={() => setOpen(!open)}
      >
        Actors{selected.length > 0 && ` (${selected.length})`}
        <span className="filter-bar__chevron" aria-hidden="true" />
      </button>
      <div id={panelId} className="actor-filter__panel" hidden={!open}>
        {groups.length === 0 && <p className="actor-filter__empty">This timeline names no actors.</p>}
        {groups.map((group) => (
          <fieldset key={group.kind} className="actor-filter__group">
            <legend className="actor-filter__legend">{group.label}</legend>
            {group.actors.map((actor) => (
              <label key={actor.id} className="actor-filter__option">
                <input type="checkbox" checked={chosen.has(actor.id)} onChange={() => onToggle(actor.id)} />
                {actor.name}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
