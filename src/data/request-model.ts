import { ModelLoadError } from './model-load-error';
import { createCancelledError } from './read-model-body';

/**
 * The request every model download makes: the page's (fetch-model.ts), the model worker's second one
 * for a large model (read-model-url.ts) and public/prefetch-model.js's (keep the three in step).
 * No cookies: a model is public data, and a server answering `*` to CORS must not get them.
 */
export const MODEL_REQUEST_INIT = { headers: { Accept: 'application/json' }, credentials: 'omit' } as const satisfies RequestInit;

/** A model's address as the messages name it; plain data, so that the worker gets it too. */
export interface ModelAddress {
  /** The resolved address that is fetched. */
  readonly href: string;
  /** The short name for messages (describeModelUrl). */
  readonly label: string;
  /** Another origin than the page's: a failed request is then most likely a CORS refusal. */
  readonly crossOrigin: boolean;
  /** " Address tried: …" with a hint for a relative address (describeAddressTried), for an error status. */
  readonly addressTried: string;
}

/**
 * Sends the model's request. Throws ModelLoadError: 'cancelled' when `signal` stopped it, 'cors' for
 * another origin that did not answer (browsers report a CORS refusal exactly like a network failure),
 * else 'network'. The answer's status is for the caller to check (createStatusError).
 */
export async function requestModel(address: ModelAddress, signal?: AbortSignal, fetchModelUrl: typeof fetch = fetch): Promise<Response> {
  try {
    return await fetchModelUrl(address.href, { ...MODEL_REQUEST_INIT, signal });
  } catch (cause) {
    throw createRequestError(address, signal, cause);
  }
}

/** The error for a request that got no answer (see requestModel). */
export function createRequestError(address: ModelAddress, signal: AbortSignal | undefined, cause: unknown): ModelLoadError {
  if (signal?.aborted) return createCancelledError(address.label);
  if (address.crossOrigin) {
    return new ModelLoadError(
      'cors',
      `Could not read ${address.href}: the server did not answer, or it does not allow other sites to read it (CORS). Its owner must send Access-Control-Allow-Origin.`,
      { cause },
    );
  }
  return new ModelLoadError('network', `Could not reach ${address.href}. Check your connection and try again.`, { cause });
}

/** The error for an answer with an error status: a 404 is named as such, with the address tried. */
export function createStatusError(address: ModelAddress, response: Pick<Response, 'status' | 'statusText'>): ModelLoadError {
  const { status, statusText } = response;
  const what = status === 404 ? 'was not found (404)' : `answered with HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  return new ModelLoadError('http', `${address.label} ${what}.${address.addressTried}`, { status });
}

/** The body's size as the server declared it, when that is the size of the bytes we will read. */
export function declaredLength(response: Pick<Response, 'headers'>): number | undefined {
  const length = Number(response.headers.get('content-length') ?? NaN);
  // A compressed body's length says nothing about the bytes it unpacks to.
  if (!Number.isFinite(length) || length < 0 || response.headers.get('content-encoding')) return undefined;
  return length;
}

/** What the page's own answer said of the file, so that a second answer can be told from it. */
export interface ModelAnswer {
  /** The declared length (the page sends the worker only models whose length it knows). */
  readonly length: number;
  readonly etag?: string;
  readonly lastModified?: string;
}
