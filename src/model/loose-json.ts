/**
 * Careful reading of JSON that has not passed the schema yet, so that date, reference and warning
 * checks can run alongside shape errors and report everything in one go.
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: `__proto__` or `constructor` in a file never reach the prototype. */
export function getOwn(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function getString(record: JsonRecord, key: string): string | undefined {
  const value = getOwn(record, key);
  return typeof value === 'string' ? value : undefined;
}

export function getArray(record: JsonRecord, key: string): readonly unknown[] {
  const value = getOwn(record, key);
  return Array.isArray(value) ? value : [];
}

/** The objects of a root collection (`events`, …) with their index in the file. */
export function getEntries(root: JsonRecord, collection: string): Array<[number, JsonRecord]> {
  const out: Array<[number, JsonRecord]> = [];
  getArray(root, collection).forEach((item, index) => {
    if (isRecord(item)) out.push([index, item]);
  });
  return out;
}

/** The value at a path, following own properties only; undefined when the path leads nowhere. */
export function getAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && typeof segment === 'string') value = getOwn(value, segment);
    else return undefined;
  }
  return value;
}
