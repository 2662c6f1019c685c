import { ModelLoadError } from './model-load-error';
import type { ModelLoadProgress } from './model-load-progress';
import { createTooLargeError } from './model-size-limit';
import { parseJsonText } from './parse-json-text';

/** The download's progress is reported at most this often: the page needs a frame's worth, not every chunk. */
const PROGRESS_INTERVAL_MS = 50;

export interface ReadModelStreamOptions {
  readonly label: string;
  readonly sizeLimit: number;
  readonly total?: number;
  readonly onProgress?: (progress: ModelLoadProgress) => void;
}

/**
 * A model's body → its JSON, decoding (strict UTF-8) while the bytes arrive and parsing the whole text
 * at the end (parseJsonText: the same 'not-json' / 'html' error and position as on the page). Errors
 * are the page's: a broken download ('network', retried), a file outgrowing the cap ('too-large'),
 * bad UTF-8 ('encoding'). Parsing while the bytes arrived (top-level arrays in batches) was tried: it
 * cost ~0.3 s more CPU than one JSON.parse and made the 100,000-event load slower (bench/README.md).
 */
export async function readModelStream(reader: ReadableStreamDefaultReader<Uint8Array>, options: ReadModelStreamOptions): Promise<unknown> {
  const { label, sizeLimit, total, onProgress } = options;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch (cause) {
      throw new ModelLoadError('encoding', `${label} is not valid UTF-8 text, so its quotes cannot be trusted.`, { cause });
    }
  };
  let loaded = 0;
  let reported = -Infinity;
  // A count the throttle held back is reported when its interval is over: else a download that
  // stalls (a slow server) would show less than has arrived for as long as it stalls.
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    trailing = undefined;
    reported = performance.now();
    onProgress?.(total !== undefined && loaded <= total ? { stage: 'download', loaded, total } : { stage: 'download', loaded });
  };
  try {
    for (;;) {
      const wait = reported + PROGRESS_INTERVAL_MS - performance.now();
      if (wait <= 0) {
        clearTimeout(trailing);
        report();
      } else {
        trailing ??= setTimeout(report, wait);
      }
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (cause) {
        throw new ModelLoadError('network', `The download of ${label} broke off. Check your connection and try again.`, { cause });
      }
      if (step.done) break;
      loaded += step.value.byteLength;
      if (loaded > sizeLimit) throw createTooLargeError(label, loaded, sizeLimit, true);
      parts.push(decode(step.value));
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(trailing);
  }
  parts.push(decode());
  onProgress?.({ stage: 'parse', bytes: loaded });
  return parseJsonText(parts.join(''), label);
}
