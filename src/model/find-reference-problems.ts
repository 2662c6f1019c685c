import { checkReference } from './check-reference.ts';
import { findActorByName } from './find-actor-by-name.ts';
import type { IdDefinition } from './find-duplicate-ids.ts';
import { forEachReference, getReferencePath, REFERENCE_KINDS } from './for-each-reference.ts';
import { forEachViewSelection } from './for-each-view-selection.ts';
import type { JsonRecord } from './loose-json.ts';
import { ID_MAX_LENGTH, ID_PATTERN } from './model-file-schema.ts';
import type { LocatedProblem } from './sort-problems.ts';
import { suggestId } from './suggest-id.ts';
import type { EntityKind } from './types.ts';

const ID = new RegExp(ID_PATTERN);
const ARTICLE: Record<EntityKind, string> = {
  actor: 'an actor', event: 'an event', statement: 'a statement', source: 'a source', topic: 'a topic', position: 'a position',
};

function describeKinds(kinds: readonly EntityKind[]): string {
  if (kinds.length === 1) return `${ARTICLE[kinds[0] ?? 'actor']} id`;
  return `the id of ${kinds.slice(0, -1).map((k) => ARTICLE[k]).join(', ')} or ${ARTICLE[kinds.at(-1) ?? 'actor']}`;
}

/**
 * References that name no entity, or an entity of the wrong kind (a speaker must be an actor), with a
 * "did you mean" among ids of the expected kind; events related to themselves; and a view or story
 * step that selects more than one thing. Marks each id that is referred to (`IdDefinition.referred`),
 * for the warnings.
 */
export function findReferenceProblems(root: JsonRecord, ids: ReadonlyMap<string, IdDefinition>): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const candidatesFor = (kinds: readonly EntityKind[]) =>
    [...ids].filter(([, d]) => kinds.includes(d.kind)).map(([id]) => id);

  forEachReference(root, (id, field, index, item) => {
    const target = ids.get(id);
    // Marked as the check resolves it, for the warnings (an id no one refers to), without a second pass.
    if (target) target.referred = true;
    const fault = checkReference(id, field, index, ids);
    if (!fault) return;
    if (fault === 'self') {
      problems.push({
        severity: 'error',
        at: getReferencePath(field, index, item),
        message: `event "${id}" is related to itself; expected the id of another event`,
      });
      return;
    }
    // Malformed ids are reported by the schema; one message per mistake is enough.
    if (!ID.test(id) || id.length > ID_MAX_LENGTH) return;
    const expectedKinds = REFERENCE_KINDS[field];
    const expected = describeKinds(expectedKinds);
    if (!target) {
      const noun = expectedKinds.length === 1 ? `${expectedKinds[0]} id` : 'id';
      // An actor named instead of referred to ("obama" for "barack-obama") is a likelier slip than a typo.
      const named = expectedKinds.includes('actor') ? findActorByName(root, id) : undefined;
      const suggestion = named?.id ?? suggestId(id, candidatesFor(expectedKinds));
      const what = named?.matched === 'alias' ? 'an alias' : named?.matched === 'surname' ? 'the surname' : 'the name';
      const because = named ? ` — "${id}" is ${what} of actor "${named.id}" (${named.name}); did you mean "${named.id}"?` : suggestion ? ` — did you mean "${suggestion}"?` : '';
      problems.push({
        severity: 'error',
        at: getReferencePath(field, index, item),
        message: `unknown ${noun} "${id}"; expected ${expected}${because}`,
      });
    } else {
      problems.push({
        severity: 'error',
        at: getReferencePath(field, index, item),
        message: `"${id}" is ${ARTICLE[target.kind]} id; expected ${expected}`,
      });
    }
  });
  // A view or a story step opens one thing: a second one is a slip, whichever ids they name.
  forEachViewSelection(root, (named, at, what) => {
    for (const key of named.slice(1)) {
      problems.push({
        severity: 'error',
        at: [...at, key],
        message: `${what} selects ${ARTICLE[named[0] ?? 'event']} and ${ARTICLE[key]}; expected at most one of "event", "statement" and "actor"`,
      });
    }
  });
  return problems;
}
