import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GLYPH_PATHS } from '../event-glyph';
import { pathAt } from './path-at';

const QUOTE = 'M-5,-4.5h10a1.5,1.5 0 0 1 1.5,1.5v5a1.5,1.5 0 0 1 -1.5,1.5h-5.5l-3,2.5v-2.5h-1.5a1.5,1.5 0 0 1 -1.5,-1.5v-5a1.5,1.5 0 0 1 1.5,-1.5z';

/** The pen's absolute positions along a path (M L H V A and their relative forms, Z). */
function penPositions(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y, x0, y0] = [0, 0, 0, 0];
  for (const [, c, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const rel = c === c!.toLowerCase();
    const C = c!.toUpperCase();
    if (C === 'Z') [x, y] = [x0, y0];
    else if (C === 'H') x = rel ? x + n[0]! : n[0]!;
    else if (C === 'V') y = rel ? y + n[0]! : n[0]!;
    else {
      const [px, py] = C === 'A' ? [n[5]!, n[6]!] : [n[0]!, n[1]!];
      [x, y] = rel ? [x + px, y + py] : [px, py];
      if (C === 'M') [x0, y0] = [x, y];
    }
    points.push([x, y]);
  }
  return points;
}

describe('pathAt', () => {
  it('draws every glyph, and the quote marker, moved by (x, y) and otherwise the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(GLYPH_PATHS), QUOTE), fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), (d, x, y) => {
        const moved = penPositions(pathAt(d)(x, y));
        const original = penPositions(d);
        expect(moved).toHaveLength(original.length);
        moved.forEach(([mx, my], i) => {
          expect(mx).toBeCloseTo(original[i]![0] + x, 1);
          expect(my).toBeCloseTo(original[i]![1] + y, 1);
        });
      }),
    );
  });

  it('keeps the commands and the relative arguments as written', () => {
    expect(pathAt(GLYPH_PATHS.meeting)(10, 20)).toBe('M5.26,15.26h9.49v9.49h-9.49Z');
    expect(pathAt('M5.35,0A5.35,5.35,0,1,1,-5.35,0')(1, 2)).toBe('M6.35,2A5.35,5.35,0,1,1,-4.35,2');
  });
});
