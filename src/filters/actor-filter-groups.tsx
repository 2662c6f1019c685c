import { useMemo } from 'react';
import type { Model } from '../model/types.ts';
import { groupActors } from './group-actors.ts';

export interface ActorFilterGroupsProps {
  readonly model: Model;
  /** Ids of the actors in the filter. */
  readonly selected: readonly string[];
  /** Adds the actor to the filter or removes it. */
  readonly onToggle: (id: string) => void;
}

/**
 * The inside of the actor filter's popup: a checkbox per actor, grouped by kind, states first.
 * Loaded on demand (see lazy-actor-filter-groups.ts); the popup around it is actor-filter-menu.tsx.
 */
export function ActorFilterGroups({ model, selected, onToggle }: ActorFilterGroupsProps) {
  const groups = useMemo(() => groupActors(model, selected), [model, selected]);
  const chosen = new Set(selected);
  if (groups.length === 0) return <p className="actor-filter__empty">This timeline names no actors.</p>;
  return groups.map((group) => (
    <fieldset key={group.kind} className="actor-filter__group">
      <legend className="actor-filter__legend">{group.label}</legend>
      {group.actors.map((actor) => (
        <label key={actor.id} className="actor-filter__option">
          <input type="checkbox" checked={chosen.has(actor.id)} onChange={() => onToggle(actor.id)} />
          {actor.name}
        </label>
      ))}
    </fieldset>
  ));
}
