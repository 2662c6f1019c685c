import { joinStrings } from '../model/join-strings';
import { packModelInParts } from '../model/pack-model';
import { decodeUtf8 } from './decode-model-bytes';
import { isModelLoadError } from './model-load-error';
import type { DecodeRequest, WorkerResponse } from './model-worker-protocol';
import { parseJsonText } from './parse-json-text';
import { readModelUrl } from './read-model-url';
import { validateModelJson } from './validate-model-json';

/** Posts a message to the page, moving the listed buffers rather than copying them. */
export type PostToPage = (message: WorkerResponse, transfer?: Transferable[]) => void;

const lengthOf = (json: unknown, key: string): number => {
  const value = json !== null && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.length : 0;
};

/**
 * The worker's job (src/data/model-worker.ts runs it): the same decoding, parsing, validation and
 * normalization as on the page (src/model/, shared with the validator CLI), then the model packed into
 * typed arrays for the way back, in parts: each is posted as soon as it is packed, so that the page
 * rebuilds the events while the statements are packed here. The bytes come either whole (`decode`) or
 * from the model's address (`fetch`), downloaded here (`signal` stops the download). Never throws:
 * failures are posted as errors.
 */
export async function handleModelWorkerRequest(request: DecodeRequest, post: PostToPage, signal?: AbortSignal): Promise<void> {
  const { label } = request;
  try {
    let json: unknown;
    if (request.type === 'fetch') {
      json = await readModelUrl(request, { signal, onProgress: (progress) => post({ type: 'progress', progress }) });
    } else {
      const { chunks } = request;
      const bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      post({ type: 'progress', progress: { stage: 'parse', bytes } });
      json = parseJsonText(decodeUtf8(chunks, label), label);
      chunks.length = 0;
    }
    post({ type: 'progress', progress: { stage: 'check', events: lengthOf(json, 'events'), statements: lengthOf(json, 'statements') } });
    const { model } = validateModelJson(json, label);
    post({ type: 'progress', progress: { stage: 'prepare', share: 0 } });
    for (const { part, transfer } of packModelInParts(model)) {
      const strings = joinStrings(part.strings as readonly string[]);
      post({ type: 'part', part: { ...part, strings } }, [...transfer, strings.ends.buffer as ArrayBuffer]);
    }
  } catch (error) {
    post({
      type: 'error',
      error: isModelLoadError(error)
        ? { kind: error.kind, message: error.message, status: error.status, problems: error.problems }
        : { kind: 'invalid-model', message: `${label} could not be checked: ${error instanceof Error ? error.message : String(error)}`, problems: [] },
    });
  }
}
