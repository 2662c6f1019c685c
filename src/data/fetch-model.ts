import { checkModelSize, decodeModelBytes, type LoadedModel } from './decode-model-bytes';
import { ModelLoadError } from './model-load-error';

/** A short name for messages: the file name for our own models, host and path for others. */
export function describeModelUrl(url: string, base: string = globalThis.location?.href ?? 'http://localhost/'): string {
  try {
    const parsed = new URL(url, base);
    const here = new URL(base);
    return parsed.origin === here.origin ? decodeURIComponent(parsed.pathname.split('/').pop() || parsed.pathname) : `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * Set by public/prefetch-model.js, which starts the model's request before the app's script has
 * loaded, and reads its body (when the answer is OK) as it arrives.
 */
export interface ModelPrefetch {
  readonly href: string;
  readonly response: Promise<Response>;
  /** The body of an OK response; undefined for another status, or a declared length over MAX_MODEL_BYTES. */
  readonly bytes?: Promise<ArrayBuffer | undefined>;
}
type PrefetchWindow = { __parleyModelPrefetch?: ModelPrefetch };

/** The prefetched request for this address, once: a retry fetches anew. */
export function takePrefetch(href: string, win: PrefetchWindow = globalThis as PrefetchWindow): ModelPrefetch | undefined {
  const prefetch = win.__parleyModelPrefetch;
  if (!prefetch || prefetch.href !== href) return undefined;
  delete win.__parleyModelPrefetch;
  return prefetch;
}

/** Fetches, decodes and validates a model. Throws ModelLoadError with a reason a reader can act on. */
export async function fetchModel(url: string, signal?: AbortSignal): Promise<LoadedModel> {
  const label = describeModelUrl(url);
  const resolved = new URL(url, globalThis.location?.href);
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new ModelLoadError('http', `Only http and https model addresses are opened, not ${resolved.protocol}`);
  }
  const crossOrigin = typeof location !== 'undefined' && resolved.origin !== location.origin;
  let response: Response;
  const prefetch = takePrefetch(resolved.href);
  try {
    // Same request as public/prefetch-model.js makes (keep the two in step).
    response = await (prefetch?.response ?? fetch(resolved, { signal, headers: { Accept: 'application/json' }, credentials: 'omit' }));
  } catch (cause) {
    if (signal?.aborted) throw cause;
    // Browsers report a CORS refusal exactly like a network failure; for another origin it is the likely cause.
    if (crossOrigin) {
      throw new ModelLoadError(
        'cors',
        `Could not read ${label}: the server did not answer, or it does not allow other sites to read it (CORS). Its owner must send Access-Control-Allow-Origin.`,
        { cause },
      );
    }
    throw new ModelLoadError('network', `Could not reach ${label}. Check your connection and try again.`, { cause });
  }
  if (!response.ok) {
    const what = response.status === 404 ? 'was not found (404)' : `answered with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new ModelLoadError('http', `${label} ${what}.`, { status: response.status });
  }
  checkModelSize(Number(response.headers.get('content-length') ?? 0), label);
  const bytes = (await prefetch?.bytes) ?? (await response.arrayBuffer());
  const loaded = await decodeModelBytes(bytes, label);
  // For benchmarks: the model is fetched, parsed and validated; what follows is rendering.
  performance.mark('parley:model-parsed');
  return loaded;
}
