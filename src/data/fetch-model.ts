import type { LoadedModel } from './decode-model-bytes';
import { decodeModel, decodeModelStream, startWorkerFor, stopWorker } from './decode-model';
import { ModelLoadError } from './model-load-error';
import type { ModelLoadOptions } from './model-load-progress';
import { checkModelSize, MODEL_SIZE_LIMIT } from './model-size-limit';
import { createCancelledError, readModelBody, type ModelBody } from './read-model-body';

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
 * " Address tried: <full URL>.", and for a relative address that did not resolve, what it is relative
 * to: `?model=data/x.json` is read from the page's folder, and files in a project's public/ folder are
 * served without "public/" (the validator takes the path on disk, the app the path on the site).
 */
export function describeAddressTried(url: string, href: string): string {
  const publicPath = /^\.?\/?public\//;
  let hint = '';
  if (publicPath.test(url)) hint = ` Files in public/ are served without "public/": try ${url.replace(publicPath, '')}.`;
  else if (!/^([a-z][a-z0-9+.-]*:|\/)/i.test(url)) hint = ` A relative address is read from this page's folder, ${new URL('.', globalThis.location?.href ?? href).href}.`;
  return ` Address tried: ${href}.${hint}`;
}

/**
 * Set by public/prefetch-model.js, which starts the model's request before the app's script has
 * loaded, and reads its body (when the answer is OK) as it arrives.
 */
export interface ModelPrefetch {
  readonly href: string;
  readonly response: Promise<Response>;
  /**
   * The body, read ahead into a queue as it arrives (up to the default size limit); undefined for an
   * error status or a declared length over that limit, whose body is left unread.
   */
  readonly body?: Promise<ReadableStream<Uint8Array> | undefined>;
}
type PrefetchWindow = { __parleyModelPrefetch?: ModelPrefetch };

/** The prefetched request for this address, once: a retry fetches anew. */
export function takePrefetch(href: string, win: PrefetchWindow = globalThis as PrefetchWindow): ModelPrefetch | undefined {
  const prefetch = win.__parleyModelPrefetch;
  if (!prefetch || prefetch.href !== href) return undefined;
  delete win.__parleyModelPrefetch;
  return prefetch;
}

/** The body's size as the server declared it, when that is the size of the bytes we will read. */
function declaredLength(response: Response): number | undefined {
  const length = Number(response.headers.get('content-length') ?? NaN);
  // A compressed body's length says nothing about the bytes it unpacks to.
  if (!Number.isFinite(length) || length < 0 || response.headers.get('content-encoding')) return undefined;
  return length;
}

/** `promise`, or a rejection as soon as `signal` aborts: the prefetch's request was made without our signal. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, label: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(createCancelledError(label));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** What a response without a body gives: no bytes, which parse as "not JSON". */
const emptyBody: ModelBody = { chunks: [], byteLength: 0 };

/** Fetches, decodes and validates a model. Throws ModelLoadError with a reason a reader can act on. */
export async function fetchModel(url: string, options: ModelLoadOptions = {}): Promise<LoadedModel> {
  const { signal, onProgress, sizeLimit = MODEL_SIZE_LIMIT } = options;
  const label = describeModelUrl(url);
  const resolved = new URL(url, globalThis.location?.href);
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new ModelLoadError('http', `Only http and https model addresses are opened, not ${resolved.protocol}`);
  }
  const crossOrigin = typeof location !== 'undefined' && resolved.origin !== location.origin;
  let response: Response;
  const prefetch = takePrefetch(resolved.href);
  // A load stopped before the prefetched body was taken up must not leave that body filling its queue.
  signal?.addEventListener('abort', () => void prefetch?.body?.then((body) => body?.cancel()).catch(() => undefined), { once: true });
  onProgress?.({ stage: 'download', loaded: 0 });
  try {
    // Same request as public/prefetch-model.js makes (keep the two in step).
    response = await (prefetch ? unlessAborted(prefetch.response, signal, label) : fetch(resolved, { signal, headers: { Accept: 'application/json' }, credentials: 'omit' }));
  } catch (cause) {
    if (signal?.aborted) throw createCancelledError(label);
    // Browsers report a CORS refusal exactly like a network failure; for another origin it is the likely cause.
    if (crossOrigin) {
      throw new ModelLoadError(
        'cors',
        `Could not read ${resolved.href}: the server did not answer, or it does not allow other sites to read it (CORS). Its owner must send Access-Control-Allow-Origin.`,
        { cause },
      );
    }
    throw new ModelLoadError('network', `Could not reach ${resolved.href}. Check your connection and try again.`, { cause });
  }
  // The prefetch reads the body ahead through a stream of its own; the response's is then locked.
  const stream = (prefetch?.body ? await unlessAborted(prefetch.body.catch(() => undefined), signal, label) : undefined) ?? (response.body?.locked ? undefined : response.body);
  const cancelBody = () => void stream?.cancel().catch(() => undefined);
  if (!response.ok) {
    cancelBody();
    const what = response.status === 404 ? 'was not found (404)' : `answered with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new ModelLoadError('http', `${label} ${what}.${describeAddressTried(url, resolved.href)}`, { status: response.status });
  }
  const total = declaredLength(response);
  try {
    if (total !== undefined) checkModelSize(total, label, sizeLimit);
  } catch (error) {
    cancelBody();
    throw error;
  }
  // A large model's worker starts while the bytes arrive.
  const worker = total === undefined ? undefined : startWorkerFor(total);
  let loaded: LoadedModel;
  try {
    if (worker && stream) {
      // A large model is read in the worker as it arrives (where streams can be transferred).
      loaded = await decodeModelStream(stream, label, { ...options, total, sizeLimit }, worker);
    } else {
      const body = stream ? await readModelBody(stream.getReader(), { label, sizeLimit, total, signal, onProgress }) : emptyBody;
      loaded = await decodeModel(body, label, options, worker);
    }
  } catch (error) {
    stopWorker(worker);
    // A web page where the model should be is almost always a wrong address: say which one.
    if (error instanceof ModelLoadError && error.kind === 'html') throw new ModelLoadError('html', `${error.message}${describeAddressTried(url, resolved.href)}`);
    throw error;
  }
  // For benchmarks: the model is fetched, parsed and validated; what follows is rendering.
  performance.mark('parley:model-parsed');
  return loaded;
}
