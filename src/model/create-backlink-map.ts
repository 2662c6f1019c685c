import type { Backlink, EntityId, EntityKind, Model } from './types.ts';

/** The tables backlinks are read from. */
type Tables = Pick<Model, 'actors' | 'events' | 'statements' | 'positions'>;

/**
 * Everything that refers to each entity, in table order. Shared by `normalizeModel` and `unpackModel`
 * (a model prepared in a worker), which both wrap it in a lazy map: only detail views read backlinks.
 */
export function createBacklinkMap({ actors, events, statements, positions }: Tables): Map<EntityId, Backlink[]> {
  const map = new Map<EntityId, Backlink[]>();
  const link = (to: string, from: string, fromKind: EntityKind, field: string) => {
    const backlink: Backlink = { from: from as EntityId, fromKind, field };
    const list = map.get(to as EntityId);
    if (list) list.push(backlink);
    else map.set(to as EntityId, [backlink]);
  };
  for (const a of actors.values()) for (const other of a.affiliations) link(other, a.id, 'actor', 'affiliations');
  for (const e of events.values()) {
    for (const p of e.participants) link(p.actor, e.id, 'event', 'participants');
    for (const source of e.sources) link(source, e.id, 'event', 'sources');
    for (const r of e.related) link(r.event, e.id, 'event', 'related');
  }
  for (const s of statements.values()) {
    link(s.speaker, s.id, 'statement', 'speaker');
    if (s.event !== undefined) link(s.event, s.id, 'statement', 'event');
    for (const about of s.about) link(about, s.id, 'statement', 'about');
    if (s.source) link(s.source.source, s.id, 'statement', 'source');
  }
  for (const p of positions.values()) {
    link(p.actor, p.id, 'position', 'actor');
    link(p.topic, p.id, 'position', 'topic');
    for (const statement of p.evidence) link(statement, p.id, 'position', 'evidence');
  }
  return map;
}
