import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { windowRevealing } from './use-reveal-selection';

const DAY = 86_400_000;
const window = { start: 100 * DAY, end: 130 * DAY };

describe('windowRevealing', () => {
  it('leaves the view alone when the item is inside it', () => {
    expect(windowRevealing({ start: 110 * DAY, end: 111 * DAY }, window)).toBeUndefined();
    expect(windowRevealing(window, window)).toBeUndefined();
  });

  it('pans at the same zoom to an item out of view, centring it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 0, max: 5 }), (day, length) => {
        const item = { start: day * DAY, end: (day + length) * DAY };
        const target = windowRevealing(item, window);
        if (item.start >= window.start && item.end <= window.end) {
          // Not `return expect(…)`: fast-check reads a returned value as the property's verdict, and an
          // assertion's return value is not `true`.
          expect(target).toBeUndefined();
          return;
        }
        expect(target!.fit).toBe(false);
        expect(target!.window.end - target!.window.start).toBe(window.end - window.start);
        expect((target!.window.start + target!.window.end) / 2).toBe((item.start + item.end) / 2);
      }),
    );
  });

  it('fits an item too long for the window, and widens a window narrower than 10 days to show context', () => {
    expect(windowRevealing({ start: 0, end: 200 * DAY }, window)).toEqual({ window: { start: 0, end: 200 * DAY }, fit: true });
    const narrow = { start: 100 * DAY, end: 100 * DAY + 3_600_000 };
    const target = windowRevealing({ start: 200 * DAY, end: 201 * DAY }, narrow)!;
    expect(target.window.end - target.window.start).toBe(10 * DAY);
  });
});
