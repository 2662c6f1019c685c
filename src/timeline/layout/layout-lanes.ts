import type { ActorId, Model } from '../../model/types';
import { hasActivity } from './has-activity';

/** One horizontal swimlane, top to bottom in `lanes` order. */
export interface Lane {
  /** Stable React key: `actor:<id>`, or `other` for events without participants. */
  readonly key: string;
  /** The actor drawn in this lane; absent for the "Other" lane. */
  readonly actorId?: ActorId;
  readonly label: string;
  /** 1 for a person or organisation shown under its state. */
  readonly depth: 0 | 1;
  /** Key of the group's first lane (the state's, or the lane's own), for shared backgrounds. */
  readonly groupKey: string;
}

export interface LaneLayout {
  readonly lanes: readonly Lane[];
  /** Index into `lanes` of each actor that has a lane. */
  readonly laneOfActor: ReadonlyMap<ActorId, number>;
}

export interface LaneOptions {
  /** Put each state first, followed by the active actors affiliated with it. */
  readonly groupByState: boolean;
}

export const OTHER_LANE_KEY = 'other';

/**
 * Swimlanes for the actors that have events or statements, ordered by first appearance in time,
 * plus an "Other" lane when some event has no participants.
 */
export function layoutLanes(model: Model, options: LaneOptions): LaneLayout {
  const fileOrder = new Map(model.actorOrder.map((id, i) => [id, i]));
  const firstSeen = new Map<ActorId, number>();
  for (const id of model.actorOrder) {
    if (hasActivity(model, id)) firstSeen.set(id, firstAppearance(model, id));
  }
  const byAppearance = (a: ActorId, b: ActorId): number =>
    (firstSeen.get(a) ?? Infinity) - (firstSeen.get(b) ?? Infinity) || fileOrder.get(a)! - fileOrder.get(b)!;

  const lanes: Lane[] = [];
  const laneOfActor = new Map<ActorId, number>();
  const push = (id: ActorId, depth: 0 | 1, groupKey: string): void => {
    laneOfActor.set(id, lanes.length);
    lanes.push({ key: laneKey(id), actorId: id, label: model.actors.get(id)?.name ?? id, depth, groupKey });
  };

  const active = [...firstSeen.keys()];
  if (!options.groupByState) {
    for (const id of active.sort(byAppearance)) push(id, 0, laneKey(id));
  } else {
    const members = new Map<ActorId, ActorId[]>();
    const ungrouped: ActorId[] = [];
    for (const id of active) {
      const state = stateOf(model, id);
      if (state === undefined) {
        ungrouped.push(id);
        continue;
      }
      const group = members.get(state) ?? [];
      members.set(state, group);
      if (state !== id) group.push(id);
    }
    // A state whose delegates are active gets a header lane even if it never acts in its own name;
    // a group appears when its first member (or the state itself) does.
    const groupStart = (state: ActorId): number =>
      Math.min(firstSeen.get(state) ?? Infinity, ...members.get(state)!.map((m) => firstSeen.get(m)!));
    const states = [...members.keys()].sort(
      (a, b) => groupStart(a) - groupStart(b) || fileOrder.get(a)! - fileOrder.get(b)!,
    );
    for (const state of states) {
      push(state, 0, laneKey(state));
      for (const member of members.get(state)!.sort(byAppearance)) push(member, 1, laneKey(state));
    }
    for (const id of ungrouped.sort(byAppearance)) push(id, 0, laneKey(id));
  }

  if (hasEventWithoutParticipants(model)) {
    lanes.push({ key: OTHER_LANE_KEY, label: 'Other', depth: 0, groupKey: OTHER_LANE_KEY });
  }
  return { lanes, laneOfActor };
}

function laneKey(id: ActorId): string {
  return `actor:${id}`;
}

/** The state an actor is shown under: itself if a state, else its first affiliation that is a state. */
function stateOf(model: Model, id: ActorId): ActorId | undefined {
  const actor = model.actors.get(id);
  if (!actor) return undefined;
  if (actor.kind === 'state') return id;
  return actor.affiliations.find((a) => model.actors.get(a)?.kind === 'state');
}

function firstAppearance(model: Model, id: ActorId): number {
  // Both indexes are in time order, so their first entries are the earliest.
  const eventId = model.eventsByActor.get(id)?.[0];
  const statementId = model.statementsBySpeaker.get(id)?.[0];
  const event = eventId === undefined ? undefined : model.events.get(eventId);
  const statement = statementId === undefined ? undefined : model.statements.get(statementId);
  return Math.min(event?.span.start ?? Infinity, statement?.date.start ?? Infinity);
}

function hasEventWithoutParticipants(model: Model): boolean {
  for (const event of model.events.values()) if (event.participants.length === 0) return true;
  return false;
}
