import type { IdDefinition, IdLookup } from './find-duplicate-ids.ts';
import { getArray, getOwn, getString, isRecord, type JsonRecord } from './loose-json.ts';
import type { LocatedProblem } from './sort-problems.ts';

/** Whether `member` is `actor` or belongs to it, directly or through other actors (a minister → a government → a state). */
function speaksFor(member: string, actor: string, affiliationsOf: (id: string) => readonly unknown[]): boolean {
  const seen = new Set<string>();
  const queue = [member];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (next === actor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const other of affiliationsOf(next)) if (typeof other === 'string') queue.push(other);
  }
  return false;
}

/**
 * Positions that are allowed but probably a slip: evidence said by someone who is neither the actor
 * nor affiliated with it (a third party's account of a stance is worth a second look), and a topic
 * that no position is taken on.
 */
export function findPositionWarnings(root: JsonRecord, ids: IdLookup): LocatedProblem[] {
  const warnings: LocatedProblem[] = [];
  const actors = getArray(root, 'actors');
  const statements = getArray(root, 'statements');
  const entry = (list: readonly unknown[], id: string, kind: IdDefinition['kind']) => {
    const definition = ids.get(id);
    const found = definition?.kind === kind ? list[definition.index] : undefined;
    return isRecord(found) ? found : undefined;
  };
  const affiliationsOf = (id: string) => {
    const actor = entry(actors, id, 'actor');
    return actor ? getArray(actor, 'affiliations') : [];
  };

  const used = new Set<string>();
  getArray(root, 'positions').forEach((position, index) => {
    if (!isRecord(position)) return;
    const actor = getString(position, 'actor');
    const topic = getString(position, 'topic');
    if (topic !== undefined) used.add(topic);
    if (actor === undefined || ids.get(actor)?.kind !== 'actor') return;
    const evidence = getOwn(position, 'evidence');
    if (!Array.isArray(evidence)) return;
    evidence.forEach((id: unknown, item) => {
      const statement = typeof id === 'string' ? entry(statements, id, 'statement') : undefined;
      const speaker = statement && getString(statement, 'speaker');
      if (speaker === undefined || ids.get(speaker)?.kind !== 'actor' || speaksFor(speaker, actor, affiliationsOf)) return;
      warnings.push({
        severity: 'warning',
        at: ['positions', index, 'evidence', item],
        message: `statement "${String(id)}" was said by "${speaker}", who is neither "${actor}" nor affiliated with it; expected evidence from the actor or someone who speaks for it`,
      });
    });
  });

  getArray(root, 'topics').forEach((topic, index) => {
    const id = isRecord(topic) ? getString(topic, 'id') : undefined;
    if (id === undefined || used.has(id) || ids.get(id)?.index !== index || ids.get(id)?.kind !== 'topic') return;
    warnings.push({ severity: 'warning', at: ['topics', index, 'id'], message: `topic "${id}" has no positions; expected at least one position on it` });
  });
  return warnings;
}
