import type { IdDefinition } from './find-duplicate-ids.ts';
import { forEachReference, getReferencePath, REFERENCE_KINDS } from './for-each-reference.ts';
import type { PathSegment } from './format-path.ts';
import { getArray, getOwn, isRecord, type JsonRecord } from './loose-json.ts';
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

/** The ids the file refers to anywhere, for the warnings (an actor nobody refers to). */
export function findReferredIds(root: JsonRecord): Set<string> {
  const referred = new Set<string>();
  forEachReference(root, (id) => referred.add(id));
  return referred;
}

/**
 * References that name no entity, or an entity of the wrong kind (a speaker must be an actor), with a
 * "did you mean" among ids of the expected kind; events related to themselves; and a view or story
 * step that selects more than one thing.
 */
export function findReferenceProblems(root: JsonRecord, ids: ReadonlyMap<string, IdDefinition>): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const candidatesFor = (kinds: readonly EntityKind[]) =>
    [...ids].filter(([, d]) => kinds.includes(d.kind)).map(([id]) => id);

  forEachReference(root, (id, field, index, item) => {
    const target = ids.get(id);
    const expectedKinds = REFERENCE_KINDS[field];
    if (target && expectedKinds.includes(target.kind)) {
      if (field === 'related' && target.index === index) {
        problems.push({
          severity: 'error',
          at: getReferencePath(field, index, item),
          message: `event "${id}" is related to itself; expected the id of another event`,
        });
      }
      return;
    }
    // Malformed ids are reported by the schema; one message per mistake is enough.
    if (!ID.test(id) || id.length > ID_MAX_LENGTH) return;
    const expected = describeKinds(expectedKinds);
    if (!target) {
      const suggestion = suggestId(id, candidatesFor(expectedKinds));
      const noun = expectedKinds.length === 1 ? `${expectedKinds[0]} id` : 'id';
      problems.push({
        severity: 'error',
        at: getReferencePath(field, index, item),
        message: `unknown ${noun} "${id}"; expected ${expected}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
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
  const checkOne = (view: unknown, at: PathSegment[], what: string) => {
    const named = isRecord(view) ? (['event', 'statement', 'actor'] as const).filter((key) => getOwn(view, key) !== undefined) : [];
    for (const key of named.slice(1)) {
      problems.push({
        severity: 'error',
        at: [...at, key],
        message: `${what} selects ${ARTICLE[named[0] ?? 'event']} and ${ARTICLE[key]}; expected at most one of "event", "statement" and "actor"`,
      });
    }
  };
  checkOne(getOwn(root, 'view'), ['view'], 'the view');
  const story = getOwn(root, 'story');
  const steps = isRecord(story) ? getArray(story, 'steps') : [];
  steps.forEach((step, i) => checkOne(step, ['story', 'steps', i], 'the step'));
  return problems;
}
