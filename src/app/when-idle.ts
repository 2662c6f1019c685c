/**
 * Runs `task` when the browser is next idle (a second later where requestIdleCallback is missing), or
 * never when the reader asked to save data: for work that only makes a later step quicker.
 */
export function whenIdle(task: () => void): void {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 5000 });
  else setTimeout(task, 1000);
}
