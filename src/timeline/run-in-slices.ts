import type { Steps } from './scene/run-steps';

/** Work between two yields to the page: well under a frame, so input and paint wait little. */
const SLICE_MS = 10;

/** The next task: lets the page paint and handle input between two slices of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/** While `holdWhile` says so, the next slice is looked at again after this long. */
const HOLD_MS = 50;

/**
 * Runs steps a slice of ~10 ms per task, from the next task on, and hands the result to `done`.
 * `holdWhile`, asked before each slice: while it answers true, no slice runs (a gesture under way,
 * whose frames come first). Returns a function that stops it (then `done` is never called): for an
 * effect's cleanup.
 */
export function runInSlices<T>(steps: Steps<T>, done: (value: T) => void, holdWhile?: () => boolean): () => void {
  let live = true;
  void (async () => {
    for (;;) {
      await nextTask();
      while (live && holdWhile?.()) await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      if (!live) return;
      const start = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - start < SLICE_MS) step = steps.next();
      if (step.done) {
        done(step.value);
        return;
      }
    }
  })();
  return () => {
    live = false;
  };
}
