// The Web Worker that checks large models off the page's main thread (see decode-model-in-worker.ts).
import { handleModelWorkerRequest } from './handle-model-worker-request';
import type { PageToWorker, WorkerResponse } from './model-worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<PageToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
// Stops the download of a `fetch` request. The page terminates the worker too, which ends its requests;
// the abort makes the end of the connection not depend on how soon the browser tears the worker down.
const download = new AbortController();
scope.onmessage = (event) => {
  if (event.data.type === 'cancel') download.abort();
  else void handleModelWorkerRequest(event.data, (message, transfer = []) => scope.postMessage(message, transfer), download.signal);
};
scope.postMessage({ type: 'ready' });
