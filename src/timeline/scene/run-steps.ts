/**
 * Work written as a generator that yields between slices of a long pass (`…InSteps`): run at once
 * where its result is needed now, or a slice per task where the page must stay responsive
 * (useSteppedMemo). Either way the result is the same.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, in this task. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Items a pass handles between two yields: ~1–3 ms of the cheapest per-item loops on a slow machine.
 * A pass over fewer items yields nowhere, so small models run as before.
 */
export const STEP_ITEMS = 8_192;
