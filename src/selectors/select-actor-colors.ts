import type { ActorId, Model } from '../model/types';

/** How many distinct actor colours the theme defines (--actor-0 … --actor-7 in app/styles.css). */
export const ACTOR_COLOR_COUNT = 8;

const cache = new WeakMap<Model, ReadonlyMap<ActorId, string>>();

/**
 * One colour per actor, related within a state: each state takes the next palette slot in file order,
 * and people and organisations affiliated with it share its slot. Unaffiliated actors take their own.
 * Returns CSS colour values (custom properties, so light and dark themes each pass contrast). The
 * timeline, the list and the panel all colour by it, so it is worked out once per model and shared.
 */
export function selectActorColors(model: Model): ReadonlyMap<ActorId, string> {
  let colors = cache.get(model);
  if (!colors) {
    colors = assignColors(model);
    cache.set(model, colors);
  }
  return colors;
}

function assignColors(model: Model): ReadonlyMap<ActorId, string> {
  const slotOf = new Map<ActorId, number>();
  let next = 0;
  for (const id of model.actorOrder) {
    const actor = model.actors.get(id);
    if (actor?.kind === 'state') slotOf.set(id, next++ % ACTOR_COLOR_COUNT);
  }
  for (const id of model.actorOrder) {
    if (slotOf.has(id)) continue;
    const actor = model.actors.get(id);
    const state = actor?.affiliations.find((a) => slotOf.has(a));
    slotOf.set(id, state !== undefined ? slotOf.get(state)! : next++ % ACTOR_COLOR_COUNT);
  }
  const colors = new Map<ActorId, string>();
  for (const [id, slot] of slotOf) colors.set(id, `var(--actor-${slot})`);
  return colors;
}
