import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelModelLoad, getModelLoadProgress, subscribeToModelLoads, trackModelLoad } from './model-load-tracker';

afterEach(() => vi.useRealTimers());

describe('the model load tracker', () => {
  it('publishes a load’s latest progress to its listeners once per frame, not once per report', () => {
    vi.useFakeTimers();
    const listener = vi.fn();
    const unsubscribe = subscribeToModelLoads(listener);
    const load = trackModelLoad('a.json');
    for (let loaded = 0; loaded < 10; loaded++) load.onProgress({ stage: 'download', loaded });
    expect(getModelLoadProgress('a.json')).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getModelLoadProgress('a.json')).toEqual({ stage: 'download', loaded: 9 });
    load.end();
    vi.advanceTimersByTime(20);
    expect(getModelLoadProgress('a.json')).toBeUndefined();
    unsubscribe();
  });

  it('stops a load on cancel, whether or not the query function’s own signal fires', () => {
    const query = new AbortController();
    const load = trackModelLoad('b.json', query.signal);
    expect(load.signal.aborted).toBe(false);
    cancelModelLoad('b.json');
    expect(load.signal.aborted).toBe(true);
    const again = trackModelLoad('b.json', query.signal);
    query.abort();
    expect(again.signal.aborted).toBe(true);
    load.end();
    again.end();
  });

  it('cancels only the load of the address asked for', () => {
    const a = trackModelLoad('c.json');
    const b = trackModelLoad('d.json');
    cancelModelLoad('d.json');
    expect([a.signal.aborted, b.signal.aborted]).toEqual([false, true]);
    a.end();
    b.end();
  });
});
