/** A horizontal extent in px. */
export interface PixelInterval {
  readonly x0: number;
  readonly x1: number;
}

export interface IntervalStack {
  /** Row of each input item, in input order; row 0 is the top. */
  readonly rows: Int32Array;
  /** Number of rows used (0 for no items). */
  readonly rowCount: number;
}

/**
 * Greedy first-fit stacking of intervals sorted by x0: each goes in the lowest row whose last
 * interval ends at least `gap` px before it starts. O(n log n) with two heaps.
 */
export function stackIntervals(items: readonly PixelInterval[], gap = 0): IntervalStack {
  const rows = new Int32Array(items.length);
  const rowEnd: number[] = [];
  // Rows still busy, keyed by where they end; and rows already free, keyed by index. Because x0
  // never decreases, a row once free stays free until reused, so the smallest free index is the
  // first fit, exactly as a scan from the top would find.
  const busy = new MinHeap((row) => rowEnd[row]!);
  const free = new MinHeap((row) => row);
  for (let i = 0; i < items.length; i++) {
    const { x0, x1 } = items[i]!;
    while (busy.size > 0 && rowEnd[busy.peek()]! + gap <= x0) free.push(busy.pop());
    const row = free.size > 0 ? free.pop() : rowEnd.length;
    rowEnd[row] = Math.max(x0, x1);
    busy.push(row);
    rows[i] = row;
  }
  return { rows, rowCount: rowEnd.length };
}

/** A binary min-heap of row numbers ordered by `key`. */
class MinHeap {
  private readonly heap: number[] = [];
  constructor(private readonly key: (row: number) => number) {}

  get size(): number {
    return this.heap.length;
  }

  peek(): number {
    return this.heap[0]!;
  }

  push(row: number): void {
    const { heap, key } = this;
    let i = heap.push(row) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key(heap[parent]!) <= key(row)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = row;
  }

  pop(): number {
    const { heap, key } = this;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && key(heap[child + 1]!) < key(heap[child]!)) child++;
      if (key(heap[child]!) >= key(last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
