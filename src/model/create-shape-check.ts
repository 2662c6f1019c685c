import type * as z from 'zod/mini';

type Check = (value: unknown) => boolean;
type Def = { type: string; checks?: Array<{ _zod: { def: CheckDef } }>; [key: string]: unknown };
type CheckDef = { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean };

class Unsupported extends Error {}

/**
 * All of `checks` as one function. Most values have none or one (an id's pattern and length are two),
 * and this runs for every value of a large file: no loop for those.
 */
function allOf(checks: ReadonlyArray<(value: never) => boolean>): (value: never) => boolean {
  const [first, second] = checks as ReadonlyArray<(value: unknown) => boolean>;
  if (!first) return () => true;
  if (!second) return first;
  if (checks.length === 2) return (value) => first(value) && second(value);
  // Plain loops instead of `every` with an arrow.
  return (value) => {
    for (let i = 0; i < checks.length; i++) if (!(checks[i] as (value: unknown) => boolean)(value)) return false;
    return true;
  };
}

/**
 * Whether every object inherits an enumerable key (`Object.prototype` has one): then the checks, which
 * read the keys an object enumerates as its own, leave the file to zod. Asked once per file.
 */
function hasInheritedKeys(): boolean {
  for (const _key in Object.prototype) return true;
  return false;
}

/** The checks that test values; `z.describe()` and `z.meta()` only attach metadata. */
const testingChecks = (def: Def) =>
  (def.checks ?? []).filter(({ _zod: { def: c } }) => c.check !== 'describe' && c.check !== 'meta');

function compileChecks(def: Def, kind: 'string' | 'number' | 'array'): Array<(value: never) => boolean> {
  return testingChecks(def).map(({ _zod: { def: c } }) => {
    if (kind === 'string' && c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const pattern = new RegExp(c.pattern.source, c.pattern.flags.replace(/[gy]/g, ''));
      return (s: string) => pattern.test(s);
    }
    if (kind === 'string' && c.check === 'min_length') return (s: string) => s.length >= (c.minimum ?? 0);
    if (kind === 'string' && c.check === 'max_length') return (s: string) => s.length <= (c.maximum ?? Infinity);
    if (kind === 'array' && c.check === 'min_length') return (a: readonly unknown[]) => a.length >= (c.minimum ?? 0);
    const bound = c.value ?? NaN;
    if (kind === 'number' && c.check === 'greater_than') return (n: number) => (c.inclusive ? n >= bound : n > bound);
    if (kind === 'number' && c.check === 'less_than') return (n: number) => (c.inclusive ? n <= bound : n < bound);
    // Whole numbers only (a multiple of 1): zod's decimal remainder for other steps differs from `%`.
    if (kind === 'number' && c.check === 'multiple_of' && bound === 1) return (n: number) => Number.isInteger(n);
    throw new Unsupported(`check ${c.check}`);
  });
}

function compile(schema: z.core.$ZodType): Check {
  const def = schema._zod.def as unknown as Def;
  // Only strings, numbers and arrays have their checks compiled; any other type with one is left to zod.
  if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array' && testingChecks(def).length > 0) throw new Unsupported(`checks on ${def.type}`);
  switch (def.type) {
    case 'string': {
      // String formats (z.email(), z.url(), …) check inside the schema itself; leave those to zod.
      if (def.format !== undefined || def.coerce) throw new Unsupported('string format');
      const checks = compileChecks(def, 'string');
      if (checks.length === 0) return (v) => typeof v === 'string';
      const passes = allOf(checks) as (value: string) => boolean;
      return (v) => typeof v === 'string' && passes(v);
    }
    case 'number': {
      if (def.coerce) throw new Unsupported('coercion');
      // Number formats (z.int(), z.int32(), …) check inside the schema itself, as string formats do.
      if (def.format !== undefined) throw new Unsupported('number format');
      const passes = allOf(compileChecks(def, 'number')) as (value: number) => boolean;
      return (v) => typeof v === 'number' && Number.isFinite(v) && passes(v);
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal': {
      const values = def.values as unknown[];
      return (v) => values.includes(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case 'array': {
      const element = compile(def.element as z.core.$ZodType);
      const passes = allOf(compileChecks(def, 'array')) as (value: unknown[]) => boolean;
      return (v) => {
        if (!Array.isArray(v) || !passes(v)) return false;
        // An indexed loop, because `every` would skip the holes of a sparse array that zod rejects.
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object': {
      if ((def.catchall as z.core.$ZodType | undefined)?._zod.def.type !== 'never') throw new Unsupported('non-strict object');
      const fields = Object.entries(def.shape as Record<string, z.core.$ZodType>).map(([key, field]) => {
        const optional = field._zod.def.type === 'optional';
        if (optional && testingChecks(field._zod.def as unknown as Def).length > 0) throw new Unsupported('checks on optional');
        const inner = optional ? ((field._zod.def as unknown as Def).innerType as z.core.$ZodType) : field;
        return { key, optional, check: compile(inner) };
      });
      const byKey = new Map(fields.map((field) => [field.key, field]));
      const required = fields.filter((field) => !field.optional).length;
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        // Own keys only: an object with another prototype (or inherited enumerable keys) is left to zod.
        const prototype = Object.getPrototypeOf(v) as unknown;
        if (prototype !== Object.prototype && prototype !== null) return false;
        const record = v as Record<string, unknown>;
        // The keys the object has, each looked up once among the known ones, rather than each known
        // key looked up in the object (twice: whether it is there, then its value): an event has ~8 of
        // its 14 known keys, and reading `record[key]` in a for-in over `record` is V8's fast path.
        let requiredPresent = 0;
        for (const key in record) {
          const field = byKey.get(key);
          if (field === undefined) return false;
          const value = record[key];
          if (value === undefined ? !field.optional : !field.check(value)) return false;
          if (!field.optional) requiredPresent++;
        }
        return requiredPresent === required;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

/**
 * A quick yes/no check derived from a zod schema, for the common case of a valid file: it allocates
 * nothing, whereas zod builds a full copy of the input. When it says yes, zod would accept the value;
 * when it says no, run zod for the issues. Undefined when the schema uses something it does not know,
 * so zod stays the one source of truth about the shape.
 */
export function createShapeCheck(schema: z.core.$ZodType): Check | undefined {
  try {
    const check = compile(schema);
    return (value) => !hasInheritedKeys() && check(value);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

