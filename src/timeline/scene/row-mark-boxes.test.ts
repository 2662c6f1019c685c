import { describe, expect, it } from 'vitest';
import { insertBox, isClearOfMarks, nextMarkLeft } from './row-mark-boxes';

describe('a row of mark boxes', () => {
  it('keeps boxes sorted by left as they are inserted in any order', () => {
    const boxes: number[] = [];
    insertBox(boxes, 40, 52);
    insertBox(boxes, 0, 10);
    insertBox(boxes, 10, 20);
    insertBox(boxes, 60, 61);
    expect(boxes).toEqual([0, 10, 10, 20, 40, 52, 60, 61]);
  });

  it('says whether a box, with a gap around it, meets none of the row', () => {
    const boxes = [0, 10, 10, 20, 40, 52];
    expect(isClearOfMarks(boxes, 20, 40, 0)).toBe(true);
    expect(isClearOfMarks(boxes, 20, 40, 1)).toBe(false);
    expect(isClearOfMarks(boxes, 25, 35, 4)).toBe(true);
    expect(isClearOfMarks(boxes, 19, 30, 0)).toBe(false);
    expect(isClearOfMarks(boxes, 53, 80, 0)).toBe(true);
    expect(isClearOfMarks([], 0, 1, 10)).toBe(true);
  });

  it('finds the first mark that starts at or after x', () => {
    const boxes = [0, 10, 10, 20, 40, 52];
    expect(nextMarkLeft(boxes, 10)).toBe(10);
    expect(nextMarkLeft(boxes, 11)).toBe(40);
    expect(nextMarkLeft(boxes, 52)).toBe(Infinity);
    expect(nextMarkLeft([], 0)).toBe(Infinity);
  });
});
