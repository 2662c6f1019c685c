import type * as z from 'zod/mini';
import { describeShapeMistake, shapeOf } from './describe-shape-mistake.ts';
import { findActorByName } from './find-actor-by-name.ts';
import { describeValue } from './describe-value.ts';
import { explainDateMistake } from './explain-date-mistake.ts';
import type { PathSegment } from './format-path.ts';
import { getAtPath, isRecord } from './loose-json.ts';
import { expectations, PARTIAL_DATE_EXPECTED } from './model-file-schema.ts';
import type { LocatedProblem } from './sort-problems.ts';
import { suggestId } from './suggest-id.ts';

type Schema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

function unwrapOptional(schema: Schema): Schema {
  let current = schema;
  while (defOf(current).type === 'optional') current = defOf(current).innerType as Schema;
  return current;
}

/** The schema describing the value at a path, found by walking objects and arrays. */
function getSchemaAtPath(root: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let schema: Schema | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    const def = defOf(unwrapOptional(schema));
    if (def.type === 'object' && typeof segment === 'string') {
      const shape = def.shape as Record<string, Schema>;
      schema = Object.prototype.hasOwnProperty.call(shape, segment) ? shape[segment] : undefined;
    } else if (def.type === 'array' && typeof segment === 'number') {
      schema = def.element as Schema;
    } else {
      return undefined;
    }
  }
  return schema;
}

const quoteList = (values: readonly unknown[]) => {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
};

/** What a schema expects, in words: its registered phrase, or one derived from its type. */
function describeExpected(schema: Schema | undefined): string {
  if (!schema) return 'a valid value';
  const registered = expectations.get(schema)?.expected;
  if (registered) return registered;
  const inner = unwrapOptional(schema);
  const innerRegistered = expectations.get(inner)?.expected;
  if (innerRegistered) return innerRegistered;
  const def = defOf(inner);
  switch (def.type) {
    case 'enum': return `one of ${quoteList(Object.values(def.entries as Record<string, string>))}`;
    case 'literal': return quoteList(def.values as unknown[]);
    case 'object': return 'an object';
    case 'array': return 'an array';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'string': return 'a string';
    default: return 'a valid value';
  }
}

/** Fields that refer to an actor, where a name written for an id ("Vladimir Putin") can be told apart. */
const ACTOR_REFERENCES = new Set(['statements.#.speaker', 'events.#.participants.#.actor', 'actors.#.affiliations.#', 'statements.#.about.#']);

/** " — "Ines Vale" is the name of actor "ines-vale"; did you mean …?" for a name written where an actor id goes. */
function suggestActorForName(at: readonly PathSegment[], value: unknown, input: unknown): string {
  if (typeof value !== 'string' || !isRecord(input) || !ACTOR_REFERENCES.has(shapeOf(at))) return '';
  const named = findActorByName(input, value);
  if (!named) return '';
  const what = named.matched === 'alias' ? 'an alias' : named.matched === 'surname' ? 'the surname' : 'the name';
  return ` — "${value}" is ${what} of actor "${named.id}" (${named.name}); did you mean "${named.id}"?`;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`;

function describeIssue(issue: z.core.$ZodIssue, input: unknown, schema: Schema): LocatedProblem[] {
  const at = issue.path as PathSegment[];
  const value = getAtPath(input, at);
  const fieldSchema = getSchemaAtPath(schema, at);
  const error = (message: string, path = at): LocatedProblem => ({ severity: 'error', at: path, message });
  const parent = getAtPath(input, at.slice(0, -1));
  const key = at.at(-1);
  if (
    issue.code !== 'unrecognized_keys' && isRecord(parent) && typeof key === 'string' &&
    !Object.prototype.hasOwnProperty.call(parent, key)
  ) {
    return [error(`missing required key "${key}"; expected ${describeExpected(fieldSchema)}`)];
  }
  const mismatch = () => {
    const expected = describeExpected(fieldSchema);
    // A date that is nearly right gets what is wrong with it and the value written right.
    const hint = expected === PARTIAL_DATE_EXPECTED && typeof value === 'string' ? explainDateMistake(value) : undefined;
    return error(`expected ${expected}, got ${describeValue(value)}${hint ? `: ${hint}` : suggestActorForName(at, value, input)}`);
  };
  switch (issue.code) {
    case 'invalid_type': {
      const shape = describeShapeMistake(at, value);
      return [shape ? error(shape) : mismatch()];
    }
    case 'invalid_format':
      return [mismatch()];
    case 'too_small':
    case 'too_big': {
      const isMin = issue.code === 'too_small';
      const limit = Number(isMin ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
      if (issue.origin === 'string' && typeof value === 'string') {
        if (isMin && limit === 1) return [error(`expected ${describeExpected(fieldSchema)}, got an empty string`)];
        return [error(`expected ${isMin ? 'at least' : 'at most'} ${limit} characters, got ${value.length}`)];
      }
      if (issue.origin === 'array') return [mismatch()];
      return [error(`expected a number ${isMin ? '≥' : '≤'} ${limit}, got ${describeValue(value)}`)];
    }
    case 'invalid_value': {
      const suggestion = typeof value === 'string' && issue.values.length > 1 ? suggestId(value, issue.values.map(String)) : undefined;
      return [error(`expected ${quoteList(issue.values)}, got ${describeValue(value)}${didYouMean(suggestion)}`)];
    }
    case 'unrecognized_keys': {
      const objectSchema = fieldSchema ? defOf(unwrapOptional(fieldSchema)) : undefined;
      const known = objectSchema?.type === 'object' ? Object.keys(objectSchema.shape as object) : [];
      return issue.keys.map((key) =>
        error(
          `unknown key "${key}"; expected only ${known.join(', ')}${didYouMean(suggestId(key, known))}`,
          [...at, key],
        ),
      );
    }
    // Kinds this schema cannot raise (unions, custom checks…) get the same words: zod/mini loads no
    // locale, so `issue.message` would only say "Invalid input".
    default:
      return [mismatch()];
  }
}

/** Turns zod issues into curator-readable problems that say what is wrong and what was expected. */
export function formatZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: Schema,
): LocatedProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, input, schema));
}
