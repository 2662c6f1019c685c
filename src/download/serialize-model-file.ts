import type { ModelFile } from '../model/model-file-schema.ts';
import type { Model } from '../model/types.ts';

/** Leaves out what is undefined or an empty list, as a curator would not write them. */
function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}

/**
 * The model on show as a parley/1 file again, for "Download": dates as they were written, lists in
 * file order. What normalizing loses is only form (a `"translated": false`, an empty list, key order,
 * `$schema`), never content: validating the result gives the same model.
 */
export function serializeModelFile(model: Model): ModelFile {
  const { meta } = model;
  return compact({
    format: meta.format,
    id: meta.id,
    title: meta.title,
    description: meta.description,
    language: meta.language,
    updated: meta.updated.raw,
    license: meta.license,
    actors: model.actorOrder.map((id) => {
      const a = model.actors.get(id)!;
      return compact({ id: a.id, name: a.name, kind: a.kind, title: a.title, affiliations: [...a.affiliations], aliases: [...a.aliases], description: a.description });
    }),
    events: [...model.events.values()].map((e) =>
      compact({
        id: e.id, title: e.title, start: e.start.raw, end: e.end?.raw, order: e.order, kind: e.kind, summary: e.summary,
        location: e.location && compact({ ...e.location }),
        participants: e.participants.map((p) => compact({ ...p })),
        sources: [...e.sources],
        related: e.related.map((r) => ({ ...r })),
        note: e.note,
      }),
    ),
    statements: [...model.statements.values()].map((s) =>
      compact({
        id: s.id, speaker: s.speaker, date: s.date.raw, order: s.order, text: s.text, mode: s.mode, event: s.event, about: [...s.about],
        language: s.language, translated: s.translated || undefined, setting: s.setting,
        source: s.source && compact({ ...s.source }),
        note: s.note,
      }),
    ),
    sources: [...model.sources.values()].map((s) =>
      compact({ id: s.id, title: s.title, publisher: s.publisher, url: s.url, archived: s.archived, published: s.published?.raw, accessed: s.accessed?.raw }),
    ),
    topics: model.topicOrder.map((id) => compact({ ...model.topics.get(id)! })),
    // The map keeps file order; positionOrder is sorted by date.
    positions: [...model.positions.values()].map((p) =>
      compact({
        id: p.id, actor: p.actor, topic: p.topic, stance: p.stance, date: p.date.raw,
        evidence: [...p.evidence], conditions: [...p.conditions], note: p.note,
      }),
    ),
  }) as ModelFile;
}
