import type { IdDefinition } from './find-duplicate-ids.ts';
import type { Reference } from './list-references.ts';
import { ID_MAX_LENGTH, ID_PATTERN } from './model-file-schema.ts';
import type { LocatedProblem } from './sort-problems.ts';
import { suggestId } from './suggest-id.ts';
import type { EntityKind } from './types.ts';

const ID = new RegExp(ID_PATTERN);
const ARTICLE: Record<EntityKind, string> = { actor: 'an actor', event: 'an event', statement: 'a statement', source: 'a source' };

function describeKinds(kinds: readonly EntityKind[]): string {
  if (kinds.length === 1) return `${ARTICLE[kinds[0] ?? 'actor']} id`;
  return `the id of ${kinds.slice(0, -1).map((k) => ARTICLE[k]).join(', ')} or ${ARTICLE[kinds.at(-1) ?? 'actor']}`;
}

/**
 * References that name no entity, or an entity of the wrong kind (a speaker must be an actor), with a
 * "did you mean" among ids of the expected kind; and events related to themselves.
 */
export function findReferenceProblems(
  references: readonly Reference[],
  ids: ReadonlyMap<string, IdDefinition>,
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const idsByKind = new Map<string, string[]>();
  const candidatesFor = (kinds: readonly EntityKind[]) => {
    const key = kinds.join();
    let list = idsByKind.get(key);
    if (!list) {
      list = [...ids].filter(([, d]) => kinds.includes(d.kind)).map(([id]) => id);
      idsByKind.set(key, list);
    }
    return list;
  };

  for (const ref of references) {
    // Malformed ids are reported by the schema; one message per mistake is enough.
    if (!ID.test(ref.id) || ref.id.length > ID_MAX_LENGTH) continue;
    const target = ids.get(ref.id);
    const expected = describeKinds(ref.expected);
    if (!target) {
      const suggestion = suggestId(ref.id, candidatesFor(ref.expected));
      const noun = ref.expected.length === 1 ? `${ref.expected[0]} id` : 'id';
      problems.push({
        severity: 'error',
        at: ref.at,
        message: `unknown ${noun} "${ref.id}"; expected ${expected}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
      });
    } else if (!ref.expected.includes(target.kind)) {
      problems.push({
        severity: 'error',
        at: ref.at,
        message: `"${ref.id}" is ${ARTICLE[target.kind]} id; expected ${expected}`,
      });
    } else if (ref.field === 'related' && target.at[1] === ref.at[1] && target.kind === 'event') {
      problems.push({
        severity: 'error',
        at: ref.at,
        message: `event "${ref.id}" is related to itself; expected the id of another event`,
      });
    }
  }
  return problems;
}
