import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './place-labels';

const options = { minWidth: 20, maxWidth: 150, rightLimit: 600, gap: 4 };

const candidate = (id: string, x: number, width: number, priority = 0, row = 0): LabelCandidate =>
  ({ id, x, row, width, priority });

describe('placeLabels', () => {
  it('shows every label where nothing collides', () => {
    const placed = placeLabels([candidate('a', 0, 50), candidate('b', 100, 50), candidate('c', 0, 80, 0, 1)], options);
    expect(placed).toEqual([
      { id: 'a', x: 0, row: 0, width: 50, truncated: false },
      { id: 'b', x: 100, row: 0, width: 50, truncated: false },
      { id: 'c', x: 0, row: 1, width: 80, truncated: false },
    ]);
  });

  it('truncates an earlier label to the space left before a later one', () => {
    const placed = placeLabels([candidate('a', 0, 120), candidate('b', 60, 50)], options);
    expect(placed).toEqual([
      { id: 'a', x: 0, row: 0, width: 56, truncated: true },
      { id: 'b', x: 60, row: 0, width: 50, truncated: false },
    ]);
  });

  it('lets a higher-priority label win the space and hides one squeezed below minWidth', () => {
    const placed = placeLabels([candidate('a', 0, 120), candidate('b', 10, 120, 5)], options);
    expect(placed.map((p) => p.id)).toEqual(['b']);
  });

  it('prefers the earlier label among equal priorities when both cannot be shown', () => {
    const placed = placeLabels([candidate('late', 10, 100), candidate('early', 0, 100)], options);
    expect(placed).toEqual([{ id: 'early', x: 0, row: 0, width: 100, truncated: false }]);
  });

  it('does not stop a label at the anchor of a lower-priority label', () => {
    const placed = placeLabels([candidate('selected', 0, 100, 9), candidate('minor', 40, 30)], options);
    expect(placed).toEqual([{ id: 'selected', x: 0, row: 0, width: 100, truncated: false }]);
  });

  it('caps labels at maxWidth and the right limit, and rounds truncation to whole characters', () => {
    const placed = placeLabels([candidate('long', 0, 400), candidate('edge', 560, 100, 0, 1)], {
      ...options, charWidth: 7,
    });
    expect(placed).toEqual([
      { id: 'long', x: 0, row: 0, width: 147, truncated: true },
      { id: 'edge', x: 560, row: 1, width: 35, truncated: true },
    ]);
  });

  const candidates = fc.array(
    fc.record({
      id: fc.string(),
      x: fc.integer({ min: -50, max: 650 }),
      row: fc.integer({ min: 0, max: 3 }),
      width: fc.integer({ min: 0, max: 250 }),
      priority: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 80 },
  );

  it('truncates at the next anchor of an equal or higher-priority label, whatever the order', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const indexed = input.map((c, i) => ({ ...c, id: i }));
        const placed = placeLabels(indexed, { ...options, gap: 0, minWidth: 0 });
        // With no minimum, reservations always hold: no label covers a stronger anchor to its right.
        for (const p of placed) {
          const own = indexed[p.id]!;
          for (const other of indexed) {
            if (other.row === p.row && other.x > p.x && other.priority >= own.priority) {
              expect(p.x + p.width).toBeLessThanOrEqual(other.x);
            }
          }
        }
      }),
    );
  });

  it('never returns two overlapping boxes on a row, and respects the width limits', () => {
    fc.assert(
      fc.property(candidates, fc.constantFrom(undefined, 6, 7.5), (input, charWidth) => {
        const placed = placeLabels(input, { ...options, charWidth });
        const byRow = new Map<number, PlacedLabel[]>();
        for (const p of placed) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
        for (const row of byRow.values()) {
          row.sort((a, b) => a.x - b.x);
          for (let i = 1; i < row.length; i++) {
            expect(row[i]!.x).toBeGreaterThanOrEqual(row[i - 1]!.x + row[i - 1]!.width + options.gap);
          }
        }
        for (const p of placed) {
          expect(p.width).toBeGreaterThan(0);
          expect(p.width).toBeLessThanOrEqual(options.maxWidth);
          expect(p.x + p.width).toBeLessThanOrEqual(options.rightLimit);
          if (p.truncated) expect(p.width).toBeGreaterThanOrEqual(options.minWidth);
        }
      }),
    );
  });

  it('hides a label only when it could not be placed beside the labels shown', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const indexed = input.map((c, i) => ({ ...c, id: String(i) }));
        const placed = placeLabels(indexed, options);
        const shown = new Set(placed.map((p) => p.id));
        for (const hidden of indexed.filter((c) => !shown.has(c.id))) {
          // Re-placing it last, against everything shown, must fail too.
          const again = placeLabels([...placed.map((p) => ({ ...p, priority: 1 })), { ...hidden, priority: 0 }], options);
          expect(again.some((p) => p.id === hidden.id)).toBe(false);
        }
      }),
    );
  });
});
