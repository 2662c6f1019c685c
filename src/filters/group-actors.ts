import type { Actor, ActorKind, Model } from '../model/types.ts';

export interface ActorGroup {
  readonly kind: ActorKind;
  /** Heading of the group, e.g. "States". */
  readonly label: string;
  readonly actors: readonly Actor[];
}

const GROUPS: readonly (readonly [ActorKind, string])[] = [
  ['state', 'States'],
  ['organization', 'Organisations'],
  ['group', 'Groups'],
  ['person', 'People'],
];

/**
 * The actors a filter can usefully offer (those who take part in an event or speak, and any already
 * `selected`, so they can be unticked), grouped by kind with states first, each group alphabetical.
 * Empty groups are left out.
 */
export function groupActors(model: Model, selected: readonly string[] = []): ActorGroup[] {
  const keep = new Set(selected);
  const involved = model.actorOrder
    .map((id) => model.actors.get(id))
    .filter(
      (a): a is Actor =>
        a !== undefined &&
        (keep.has(a.id) || (model.eventsByActor.get(a.id)?.length ?? 0) > 0 || (model.statementsBySpeaker.get(a.id)?.length ?? 0) > 0),
    );
  return GROUPS.map(([kind, label]) => ({
    kind,
    label,
    actors: involved.filter((a) => a.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.actors.length > 0);
}
