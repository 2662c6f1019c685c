// The Web Worker that checks large models off the page's main thread (see decode-model-in-worker.ts).
import { handleModelWorkerRequest } from './handle-model-worker-request';
import type { DecodeRequest, WorkerResponse } from './model-worker-protocol';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void handleModelWorkerRequest(event.data, (message, transfer = []) => scope.postMessage(message, transfer));
};
scope.postMessage({ type: 'ready' });
