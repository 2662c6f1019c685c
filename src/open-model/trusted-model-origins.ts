/**
 * Model origins that a deployment vouches for, so models from them show no "Model from …" notice.
 * Set at build time: `VITE_TRUSTED_MODEL_ORIGINS=https://data.example.org,https://models.example.org`.
 */

/** The http(s) origin of a bare origin or URL string, or undefined for anything else. */
function toHttpOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses a comma-separated list of origins. Entries that are not bare http(s) origins are dropped: a
 * path, a wildcard or a typo must not quietly vouch for more than the deployer meant.
 */
export function parseTrustedModelOrigins(raw: string | undefined): readonly string[] {
  if (!raw) return [];
  const origins = raw
    .split(',')
    .map((item) => item.trim())
    // URL parsing accepts `*` in host names; here it can only be a misunderstood wildcard.
    .filter((item) => item !== '' && !item.includes('*') && toHttpOrigin(item) === item.replace(/\/$/, ''))
    .map((item) => item.replace(/\/$/, ''));
  return [...new Set(origins)];
}

/** This build's trusted model origins. */
export const TRUSTED_MODEL_ORIGINS: readonly string[] = parseTrustedModelOrigins(import.meta.env.VITE_TRUSTED_MODEL_ORIGINS);

/**
 * True when a model at `url` is the site's own (same origin as the app) or from a trusted origin.
 * Relative URLs are resolved against the app. A URL that cannot be parsed is never trusted.
 */
export function isTrustedModelOrigin(url: string, appOrigin: string, trusted: readonly string[]): boolean {
  const app = toHttpOrigin(appOrigin);
  let origin: string;
  try {
    origin = new URL(url, app ?? undefined).origin;
  } catch {
    return false;
  }
  if (origin === 'null') return false;
  return origin === app || trusted.includes(origin);
}
