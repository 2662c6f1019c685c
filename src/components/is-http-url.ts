/**
 * True when `value` parses as an absolute http: or https: URL. Only such URLs may become links: a
 * model file is outside text, and `javascript:` or `data:` hrefs would run or smuggle content.
 */
export function isHttpUrl(value: string | undefined): value is string {
  if (value === undefined) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
