import type { ModelFile } from './model-file-schema.ts';
import type { ActorId, Model, PartialDate, Position, PositionId, StatementId, Topic, TopicId } from './types.ts';

/** The part of the Model that holds topics and positions (see types.ts). */
export type PositionTables = Pick<Model, 'topics' | 'positions' | 'topicOrder' | 'positionOrder' | 'positionsByActorTopic' | 'positionsByEvidence'>;

const EMPTY: PositionTables = {
  topics: new Map(),
  positions: new Map(),
  topicOrder: [],
  positionOrder: [],
  positionsByActorTopic: new Map(),
  positionsByEvidence: new Map(),
};

/**
 * Topics and positions of a valid file as tables, with positions in time order and indexed by actor
 * and topic (whose sequence says how a stance moved) and by the statements that are their evidence.
 * A file without them shares one set of empty tables.
 */
export function normalizePositions(file: ModelFile, date: (raw: string) => PartialDate): PositionTables {
  if (!file.topics?.length && !file.positions?.length) return EMPTY;
  const topics = new Map<TopicId, Topic>();
  for (const t of file.topics ?? []) topics.set(t.id as TopicId, { id: t.id as TopicId, title: t.title, description: t.description });

  const positions = new Map<PositionId, Position>();
  for (const p of file.positions ?? []) {
    const id = p.id as PositionId;
    positions.set(id, {
      id, actor: p.actor as ActorId, topic: p.topic as TopicId, stance: p.stance, date: date(p.date),
      evidence: p.evidence as StatementId[], conditions: p.conditions ?? [], note: p.note,
    });
  }
  // Array.prototype.sort is stable, so positions from the same moment keep file order.
  const positionOrder = [...positions.values()].sort((a, b) => a.date.start - b.date.start).map((p) => p.id);

  const positionsByActorTopic = new Map<ActorId, Map<TopicId, PositionId[]>>();
  const positionsByEvidence = new Map<StatementId, PositionId[]>();
  for (const id of positionOrder) {
    const p = positions.get(id) as Position;
    let byTopic = positionsByActorTopic.get(p.actor);
    if (!byTopic) positionsByActorTopic.set(p.actor, (byTopic = new Map()));
    const list = byTopic.get(p.topic);
    if (list) list.push(id);
    else byTopic.set(p.topic, [id]);
    for (const statement of new Set(p.evidence)) {
      const shown = positionsByEvidence.get(statement);
      if (shown) shown.push(id);
      else positionsByEvidence.set(statement, [id]);
    }
  }
  return { topics, positions, topicOrder: [...topics.keys()], positionOrder, positionsByActorTopic, positionsByEvidence };
}
