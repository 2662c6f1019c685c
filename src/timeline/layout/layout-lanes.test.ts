import { describe, expect, it } from 'vitest';
import type {
  Actor, ActorId, ActorKind, EventId, Model, Statement, StatementId, TimelineEvent,
} from '../../model/types';
import { layoutLanes } from './layout-lanes';
import { shouldDefaultToActorLanes } from '../scene/should-default-to-actor-lanes';

type ActorSpec = [id: string, kind: ActorKind, affiliations?: string[]];
type EventSpec = [id: string, year: number, participants: string[]];
type StatementSpec = [id: string, year: number, speaker: string];

/** A model with just the tables and indexes lane layout reads. */
function makeModel(actors: ActorSpec[], events: EventSpec[], statements: StatementSpec[] = []): Model {
  const actorTable = new Map<ActorId, Actor>(
    actors.map(([id, kind, affiliations = []]) => [id as ActorId, {
      id: id as ActorId, name: id.toUpperCase(), kind, affiliations: affiliations as ActorId[], aliases: [],
    }]),
  );
  const eventTable = new Map<EventId, TimelineEvent>();
  const eventsByActor = new Map<ActorId, EventId[]>();
  for (const [id, year, participants] of [...events].sort((a, b) => a[1] - b[1])) {
    const start = Date.UTC(year, 0, 1);
    const date = { raw: String(year), precision: 'year' as const, start, end: Date.UTC(year + 1, 0, 1) };
    eventTable.set(id as EventId, {
      id: id as EventId, title: id, start: date, span: date, kind: 'meeting',
      participants: participants.map((actor) => ({ actor: actor as ActorId })), sources: [], related: [],
    });
    for (const p of participants) eventsByActor.set(p as ActorId, [...(eventsByActor.get(p as ActorId) ?? []), id as EventId]);
  }
  const statementTable = new Map<StatementId, Statement>();
  const statementsBySpeaker = new Map<ActorId, StatementId[]>();
  for (const [id, year, speaker] of [...statements].sort((a, b) => a[1] - b[1])) {
    const start = Date.UTC(year, 5, 1);
    statementTable.set(id as StatementId, {
      id: id as StatementId, speaker: speaker as ActorId, text: '', mode: 'verbatim', about: [], translated: false,
      date: { raw: String(year), precision: 'day', start, end: start + 86_400_000 },
    });
    statementsBySpeaker.set(speaker as ActorId, [...(statementsBySpeaker.get(speaker as ActorId) ?? []), id as StatementId]);
  }
  return {
    actors: actorTable, events: eventTable, statements: statementTable,
    actorOrder: actors.map(([id]) => id as ActorId), eventsByActor, statementsBySpeaker,
  } as unknown as Model;
}

const actors: ActorSpec[] = [
  ['un', 'organization'],
  ['fr', 'state'],
  ['us', 'state'],
  ['macron', 'person', ['fr']],
  ['blinken', 'person', ['us']],
  ['idle', 'person', ['us']],
  ['guterres', 'person', ['un']],
  ['envoy', 'person', ['de']],
  ['de', 'state'],
];
const events: EventSpec[] = [
  ['summit', 2001, ['us', 'fr']],
  ['talks', 2003, ['macron']],
  ['assembly', 2000, ['blinken', 'guterres']],
  ['quake', 2002, []],
];
const statements: StatementSpec[] = [['speech', 2004, 'envoy']];

describe('layoutLanes', () => {
  it('gives each active actor one lane ordered by first appearance, and an Other lane last', () => {
    const { lanes, laneOfActor } = layoutLanes(makeModel(actors, events, statements), { groupByState: false });
    expect(lanes.map((l) => l.key)).toEqual([
      'actor:blinken', 'actor:guterres', 'actor:fr', 'actor:us', 'actor:macron', 'actor:envoy', 'other',
    ]);
    expect(lanes.every((l) => l.depth === 0 && l.groupKey === l.key)).toBe(true);
    expect(laneOfActor.get('macron' as ActorId)).toBe(4);
    expect(laneOfActor.has('idle' as ActorId)).toBe(false);
    expect(lanes.at(-1)).toEqual({ key: 'other', label: 'Other', depth: 0, groupKey: 'other' });
  });

  it('breaks ties in first appearance by file order', () => {
    const { lanes } = layoutLanes(makeModel(actors, events), { groupByState: false });
    expect(lanes.map((l) => l.actorId).slice(0, 4)).toEqual(['blinken', 'guterres', 'fr', 'us']);
  });

  it('groups people under their state, states by first appearance, ungrouped actors after', () => {
    const { lanes, laneOfActor } = layoutLanes(makeModel(actors, events, statements), { groupByState: true });
    expect(lanes.map((l) => [l.actorId ?? l.key, l.depth, l.groupKey])).toEqual([
      ['us', 0, 'actor:us'],
      ['blinken', 1, 'actor:us'],
      ['fr', 0, 'actor:fr'],
      ['macron', 1, 'actor:fr'],
      // Germany never acts itself, but heads its envoy's group.
      ['de', 0, 'actor:de'],
      ['envoy', 1, 'actor:de'],
      ['guterres', 0, 'actor:guterres'],
      ['other', 0, 'other'],
    ]);
    for (const [actor, index] of laneOfActor) expect(lanes[index]!.actorId).toBe(actor);
  });

  it('omits the Other lane when every event has participants', () => {
    const { lanes } = layoutLanes(makeModel(actors, events.filter((e) => e[0] !== 'quake')), { groupByState: true });
    expect(lanes.some((l) => l.key === 'other')).toBe(false);
  });

  it('labels lanes with the actor name', () => {
    const { lanes } = layoutLanes(makeModel(actors, events), { groupByState: false });
    expect(lanes[0]!.label).toBe('BLINKEN');
  });
});

describe('shouldDefaultToActorLanes', () => {
  const many = (n: number): Model => makeModel(
    Array.from({ length: n + 5 }, (_, i): ActorSpec => [`a${i}`, 'person']),
    Array.from({ length: n }, (_, i): EventSpec => [`e${i}`, 2000 + i, [`a${i}`]]),
  );

  it('uses actor lanes for up to 20 active actors, ignoring inactive ones', () => {
    expect(shouldDefaultToActorLanes(many(20))).toBe(true);
    expect(shouldDefaultToActorLanes(many(21))).toBe(false);
  });

  it('still uses actor lanes when people folded into their states make 20 lanes or fewer', () => {
    const folded = makeModel(
      [['state', 'state'], ...Array.from({ length: 30 }, (_, i): ActorSpec => [`p${i}`, 'person', ['state']])],
      Array.from({ length: 30 }, (_, i): EventSpec => [`e${i}`, 2000 + i, [`p${i}`]]),
    );
    expect(shouldDefaultToActorLanes(folded)).toBe(true);
  });
});
