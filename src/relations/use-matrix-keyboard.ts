import { useCallback, useState, type KeyboardEvent } from 'react';

/** A cell of the matrix by row and column index. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * Roving focus over the non-empty cells of a count table: one tab stop. ←/→ move to the next non-empty
 * cell in the row; ↑/↓ to the nearest non-empty cell (by column) in the closest row above or below that
 * has one, since empty cells hold nothing to open; Home and End to the first and last in the row,
 * ctrl+Home and ctrl+End to the first and last in the table.
 */
export function useMatrixKeyboard(counts: readonly (readonly number[])[], initial: CellPosition | undefined) {
  const [active, setActive] = useState<CellPosition | undefined>(initial);
  const has = (row: number, column: number) => (counts[row]?.[column] ?? 0) > 0;
  // The tab stop: the active cell while it still holds something (the counts change with the window).
  const stop = active && has(active.row, active.column) ? active : (initial && has(initial.row, initial.column) ? initial : firstOf(counts));

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!stop) return;
      const columns = counts[0]?.length ?? 0;
      const scan = (row: number, column: number, dRow: number, dColumn: number): CellPosition | undefined => {
        for (let r = row + dRow, c = column + dColumn; r >= 0 && r < counts.length && c >= 0 && c < columns; r += dRow, c += dColumn) {
          if ((counts[r]?.[c] ?? 0) > 0) return { row: r, column: c };
        }
        return undefined;
      };
      const last = (): CellPosition | undefined => {
        for (let row = counts.length - 1; row >= 0; row--) for (let column = columns - 1; column >= 0; column--) if ((counts[row]?.[column] ?? 0) > 0) return { row, column };
        return undefined;
      };
      const { row, column } = stop;
      let next: CellPosition | undefined;
      switch (event.key) {
        case 'ArrowRight': next = scan(row, column, 0, 1); break;
        case 'ArrowLeft': next = scan(row, column, 0, -1); break;
        case 'ArrowDown': next = nearestInRows(counts, row, column, 1); break;
        case 'ArrowUp': next = nearestInRows(counts, row, column, -1); break;
        case 'Home': next = event.ctrlKey ? firstOf(counts) : scan(row, -1, 0, 1); break;
        case 'End': next = event.ctrlKey ? last() : scan(row, columns, 0, -1); break;
        default: return;
      }
      event.preventDefault();
      if (!next) return;
      setActive(next);
      const target = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-cell="${next.row}:${next.column}"]`);
      target?.focus();
    },
    [counts, stop],
  );
  return { tabStop: stop, onKeyDown, setActive };
}

function firstOf(counts: readonly (readonly number[])[]): CellPosition | undefined {
  for (let row = 0; row < counts.length; row++) {
    const line = counts[row] ?? [];
    for (let column = 0; column < line.length; column++) if ((line[column] ?? 0) > 0) return { row, column };
  }
  return undefined;
}

/** The non-empty cell closest to `column` (the left one of two as close) in the first row past `row` in direction `step` that has one. */
function nearestInRows(counts: readonly (readonly number[])[], row: number, column: number, step: 1 | -1): CellPosition | undefined {
  for (let r = row + step; r >= 0 && r < counts.length; r += step) {
    const line = counts[r] ?? [];
    let best = -1;
    for (let c = 0; c < line.length; c++) {
      if ((line[c] ?? 0) > 0 && (best < 0 || Math.abs(c - column) < Math.abs(best - column))) best = c;
    }
    if (best >= 0) return { row: r, column: best };
  }
  return undefined;
}
