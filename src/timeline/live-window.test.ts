import { describe, expect, it, vi } from 'vitest';
import { createLiveWindow } from './live-window';

describe('createLiveWindow', () => {
  it('tells its subscribers of a new window once, of the same window never, and none after they leave', () => {
    const live = createLiveWindow({ start: 0, end: 10 });
    const heard = vi.fn();
    const leave = live.subscribe(heard);
    live.set({ start: 0, end: 10 });
    expect(heard).not.toHaveBeenCalled();
    live.set({ start: 2, end: 8 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(live.get()).toEqual({ start: 2, end: 8 });
    leave();
    live.set({ start: 3, end: 8 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(live.get()).toEqual({ start: 3, end: 8 });
  });
});
