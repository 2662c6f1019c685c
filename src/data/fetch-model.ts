import type { LoadedModel } from './decode-model-bytes';
import { decodeModel, decodeModelUrl, startWorkerFor, stopWorker } from './decode-model';
import { isModelLoadError, ModelLoadError } from './model-load-error';
import type { ModelLoadOptions } from './model-load-progress';
import { checkModelSize, MODEL_SIZE_LIMIT } from './model-size-limit';
import { createCancelledError, readModelBody, type ModelBody } from './read-model-body';
import { createRequestError, createStatusError, declaredLength, requestModel, type ModelAddress } from './request-model';

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

/**
 * Fetches, decodes and validates a model. Throws ModelLoadError with a reason a reader can act on.
 * A large model (a declared length of WORKER_THRESHOLD_BYTES or more) is downloaded again by the
 * model worker, from the first answer's headers: see the comment at its branch below.
 */
export async function fetchModel(url: string, options: ModelLoadOptions = {}): Promise<LoadedModel> {
  const { signal, onProgress, sizeLimit = MODEL_SIZE_LIMIT } = options;
  const label = describeModelUrl(url);
  const resolved = new URL(url, globalThis.location?.href);
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new ModelLoadError('http', `Only http and https model addresses are opened, not ${resolved.protocol}`);
  }
  const crossOrigin = typeof location !== 'undefined' && resolved.origin !== location.origin;
  const address: ModelAddress = { href: resolved.href, label, crossOrigin, addressTried: describeAddressTried(url, resolved.href) };
  let response: Response;
  const prefetch = takePrefetch(resolved.href);
  // A load stopped before the prefetched body was taken up must not leave that body filling its queue.
  signal?.addEventListener('abort', () => void prefetch?.body?.then((body) => body?.cancel()).catch(() => undefined), { once: true });
  onProgress?.({ stage: 'download', loaded: 0 });
  try {
    response = await (prefetch ? unlessAborted(prefetch.response, signal, label) : requestModel(address, signal));
  } catch (cause) {
    throw isModelLoadError(cause) ? cause : createRequestError(address, signal, cause);
  }
  // The prefetch reads the body ahead through a stream of its own; the response's is then locked.
  const stream = (prefetch?.body ? await unlessAborted(prefetch.body.catch(() => undefined), signal, label) : undefined) ?? (response.body?.locked ? undefined : response.body);
  const cancelBody = () => void stream?.cancel().catch(() => undefined);
  if (!response.ok) {
    cancelBody();
    throw createStatusError(address, response);
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
  const readHere = async () => (stream ? readModelBody(stream.getReader(), { label, sizeLimit, total, signal, onProgress }) : emptyBody);
  let loaded: LoadedModel;
  try {
    if (worker && total !== undefined) {
      // A large model is downloaded a second time, by the worker, and this answer's body is cancelled
      // unread (public/prefetch-model.js leaves it unread too): a body read on the page, or its stream
      // handed to the worker (Chromium feeds a transferred stream's chunks through the page's thread),
      // kept the page's thread busy for most of the download (bench/README.md, "The worker fetches").
      // The second request costs a round trip; the worker refuses an answer that is not the file this
      // one announced (another status, length, ETag or Last-Modified). Where no worker starts, the
      // page reads this body after all (readHere).
      loaded = await decodeModelUrl({ ...address, sizeLimit }, response, total, { ...options, beforeSend: cancelBody, readHere }, worker);
    } else {
      loaded = await decodeModel(await readHere(), label, options, worker);
    }
  } catch (error) {
    stopWorker(worker);
    cancelBody();
    // A web page where the model should be is almost always a wrong address: say which one.
    if (error instanceof ModelLoadError && error.kind === 'html') throw new ModelLoadError('html', `${error.message}${address.addressTried}`);
    throw error;
  }
  // For benchmarks: the model is fetched, parsed and validated; what follows is rendering.
  performance.mark('parley:model-parsed');
  return loaded;
}
