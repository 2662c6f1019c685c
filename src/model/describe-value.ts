const MAX_SHOWN = 60;

/**
 * A JSON value as it appears in "got …" of a message: strings quoted and shortened, `null`,
 * `an array`, `an object`, numbers as written. Never throws, whatever it is given.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
      return JSON.stringify(shown);
    }
    case 'object':
      return 'an object';
    case 'function':
      return 'a function';
    default:
      return String(value);
  }
}
