/**
 * The moment the first timeline is on screen: `performance.mark('parley:ready')` for benchmarks and
 * tests, and a promise for code that can wait until then (the zoom behaviour, the link curves), so
 * it is neither downloaded nor run before the reader sees the timeline.
 */
let resolvePainted: () => void = () => {};
const painted = new Promise<void>((resolve) => {
  resolvePainted = resolve;
});
let marked = false;

/** Called once a timeline has rendered; marks the frame that paints it (later calls do nothing). */
export function markFirstPaint(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => {
    performance.mark('parley:ready');
    const w = window as unknown as { __ready?: number; __painted?: number };
    w.__ready = performance.now();
    // A task queued from the frame runs after it has been painted.
    setTimeout(() => {
      w.__painted = performance.now();
      resolvePainted();
    }, 0);
  });
}

/** Resolves after the first timeline has been painted. */
export function afterFirstPaint(): Promise<void> {
  return painted;
}

let completeMarked = false;

/**
 * Called once everything the first view has is drawn (the first paint draws what the browser window
 * shows; the lanes below follow a moment later): marks `parley:complete` for benchmarks.
 */
export function markEverythingDrawn(): void {
  if (completeMarked) return;
  completeMarked = true;
  requestAnimationFrame(() => performance.mark('parley:complete'));
}
