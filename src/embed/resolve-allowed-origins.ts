/** Where the embedded app learns who its host is. All optional: browsers differ in what they tell. */
export interface AllowedOriginsInput {
  /** The `origins=` URL parameter, already split on commas (parseAppParams does that). */
  readonly origins?: readonly string[];
  /** `document.referrer`: the host page's URL, or only its origin under the default referrer policy. */
  readonly referrer?: string;
  /** `location.ancestorOrigins` (Chromium, WebKit): the parent's origin first. */
  readonly ancestorOrigins?: ArrayLike<string>;
}

/** The http(s) origin of a URL or origin string; undefined for opaque ("null"), file:, junk. */
function toOrigin(value: string | undefined): string | undefined {
  if (!value || value === 'null') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host origins an embed exchanges messages with.
 *
 * An explicit `origins=` list wins, taking only entries that are bare http(s) origins (a path or a
 * wildcard would mean the author misunderstood, and guessing would widen trust). Without it the
 * parent's own origin is trusted: `ancestorOrigins[0]` when the browser has it (it cannot be faked by
 * whoever navigated the frame), else the referrer's origin. An opaque parent ("null") cannot be
 * addressed by postMessage at all, so it yields nothing, as does a host that sends no referrer in a
 * browser without ancestorOrigins: such hosts must pass `origins=`.
 */
export function resolveAllowedOrigins({ origins = [], referrer, ancestorOrigins }: AllowedOriginsInput): string[] {
  if (origins.length > 0) {
    const valid = origins.filter((o) => toOrigin(o) === o);
    return [...new Set(valid)];
  }
  if (ancestorOrigins && ancestorOrigins.length > 0) {
    const parent = toOrigin(ancestorOrigins[0]);
    return parent ? [parent] : [];
  }
  const fromReferrer = toOrigin(referrer);
  return fromReferrer ? [fromReferrer] : [];
}
