import type { Model, Position, Topic } from '../model/types.ts';

/** A topic with every position taken on it. */
export interface TopicPositions {
  readonly topic: Topic;
  /** In time order (then file order), whoever took them. */
  readonly positions: readonly Position[];
}

/** Each topic (file order) with its positions in time order: the list view's "Positions" section. */
export function selectTopicPositions(model: Model): readonly TopicPositions[] {
  const byTopic = new Map<string, Position[]>(model.topicOrder.map((id) => [id, []]));
  for (const id of model.positionOrder) {
    const position = model.positions.get(id);
    if (position) byTopic.get(position.topic)?.push(position);
  }
  const out: TopicPositions[] = [];
  for (const id of model.topicOrder) {
    const topic = model.topics.get(id);
    if (topic) out.push({ topic, positions: byTopic.get(id) ?? [] });
  }
  return out;
}
