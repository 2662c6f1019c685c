import { isTrustedModelOrigin, TRUSTED_MODEL_ORIGINS } from './trusted-model-origins.ts';
import './model-origin-notice.css';

export interface ModelOriginNoticeProps {
  /** The address the model was loaded from (`?model=`); undefined for the bundled model or a local file. */
  modelUrl?: string;
  /** The name of a local file the reader opened, when the model came from one. */
  fileName?: string;
  /** Origins whose models need no notice; defaults to the build's VITE_TRUSTED_MODEL_ORIGINS. */
  trustedOrigins?: readonly string[];
  /** The app's own origin; defaults to `location.origin`. */
  appOrigin?: string;
}

/** What to say about where the model came from, or null when it is the site's own. */
function describeOrigin(modelUrl: string | undefined, fileName: string | undefined, appOrigin: string, trusted: readonly string[]) {
  if (fileName !== undefined) return { from: fileName, what: 'a file on this device' };
  if (modelUrl === undefined || isTrustedModelOrigin(modelUrl, appOrigin, trusted)) return null;
  try {
    // `host` is punycode for international names, so a look-alike domain shows as the xn-- name it is.
    const url = new URL(modelUrl, appOrigin === 'null' ? undefined : appOrigin);
    return { from: url.host || url.href, what: 'another site', href: url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined };
  } catch {
    return { from: modelUrl, what: 'another site' };
  }
}

/**
 * A visible note above the timeline when the model is not this site's own: anyone can link to the app
 * with `?model=` pointing at their file, and without this note their quotes would look like ours.
 */
export function ModelOriginNotice({ modelUrl, fileName, trustedOrigins = TRUSTED_MODEL_ORIGINS, appOrigin }: ModelOriginNoticeProps) {
  const origin = appOrigin ?? (typeof location === 'undefined' ? 'null' : location.origin);
  const described = describeOrigin(modelUrl, fileName, origin, trustedOrigins);
  if (!described) return null;
  return (
    // A landmark of its own, so it is found among the page's regions and not skipped as loose text.
    <section className="model-origin-notice" aria-label="Where this model comes from">
      <p role="note" className="model-origin-notice__note">
        <strong className="model-origin-notice__from">Model from {described.from}</strong>{' '}
        <span>
          This timeline was loaded from {described.what}, not made by this site. Check its sources before relying on it.
        </span>{' '}
        {'href' in described && described.href && (
          <a href={described.href} rel="noopener noreferrer" target="_blank">
            Open the model file
          </a>
        )}
      </p>
    </section>
  );
}
