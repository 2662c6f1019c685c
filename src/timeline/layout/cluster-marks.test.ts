import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterMarks, type ClusteredMark } from './cluster-marks';

const at = (...xs: number[]) => xs.map((x, i) => ({ x, id: `e${i}` }));
const position = (m: ClusteredMark): number => (m.kind === 'single' ? m.x : m.cx);

describe('clusterMarks', () => {
  it('keeps marks that are far enough apart as singles', () => {
    expect(clusterMarks(at(0, 10, 25), 10)).toEqual([
      { kind: 'single', x: 0, id: 'e0' },
      { kind: 'single', x: 10, id: 'e1' },
      { kind: 'single', x: 25, id: 'e2' },
    ]);
  });

  it('counts marks closer than minGap into a cluster drawn at the centre of its extent', () => {
    expect(clusterMarks(at(0, 2, 6, 40), 10)).toEqual([
      { kind: 'cluster', x0: 0, x1: 6, cx: 3, count: 3, ids: ['e0', 'e1', 'e2'] },
      { kind: 'single', x: 40, id: 'e3' },
    ]);
  });

  it('merges neighbouring groups whose drawn positions would be too close', () => {
    // Groups {0, 8} and {12} would sit at 4 and 12: merged into one at 6.
    expect(clusterMarks(at(0, 8, 12), 10)).toEqual([
      { kind: 'cluster', x0: 0, x1: 12, cx: 6, count: 3, ids: ['e0', 'e1', 'e2'] },
    ]);
  });

  it('does not fold an evenly dense run into one cluster', () => {
    const dense = at(...Array.from({ length: 1000 }, (_, i) => i));
    const marks = clusterMarks(dense, 10);
    expect(marks.length).toBeGreaterThanOrEqual(90);
    expect(marks.every((m) => m.kind === 'cluster' && m.count <= 20)).toBe(true);
  });

  it('returns nothing for no points', () => {
    expect(clusterMarks([], 10)).toEqual([]);
  });

  it('keeps every id exactly once, in order, with drawn marks at least minGap apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 1100, noNaN: true }), { maxLength: 300 }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (raw, minGap) => {
          const points = at(...[...raw].sort((a, b) => a - b));
          const marks = clusterMarks(points, minGap);
          const ids = marks.flatMap((m) => (m.kind === 'single' ? [m.id] : m.ids));
          expect(ids).toEqual(points.map((p) => p.id));
          for (let i = 1; i < marks.length; i++) {
            expect(position(marks[i]!) - position(marks[i - 1]!)).toBeGreaterThanOrEqual(minGap);
          }
          for (const m of marks) {
            if (m.kind === 'cluster') {
              expect(m.count).toBe(m.ids.length);
              expect(m.x0).toBeLessThanOrEqual(m.cx);
              expect(m.cx).toBeLessThanOrEqual(m.x1);
            }
          }
        },
      ),
    );
  });
});
