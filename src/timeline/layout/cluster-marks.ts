/** A mark at x px, e.g. an event drawn as a point. */
export interface MarkPoint<Id = string> {
  readonly x: number;
  readonly id: Id;
}

/** One mark drawn as is. */
export interface SingleMark<Id = string> {
  readonly kind: 'single';
  readonly x: number;
  readonly id: Id;
}

/** Several marks drawn as one counted badge at `cx` ("12 events"), covering [x0, x1]. */
export interface MarkCluster<Id = string> {
  readonly kind: 'cluster';
  readonly x0: number;
  readonly x1: number;
  readonly cx: number;
  readonly count: number;
  /** Members in x order. */
  readonly ids: readonly Id[];
}

export type ClusteredMark<Id = string> = SingleMark<Id> | MarkCluster<Id>;

/**
 * Merges marks (sorted by x) into clusters so that no two drawn positions (a single's x, a
 * cluster's cx) are closer than `minGap` px. Deterministic and O(n).
 */
export function clusterMarks<Id>(points: readonly MarkPoint<Id>[], minGap: number): ClusteredMark<Id>[] {
  // Groups are runs [start, end) of the sorted input, so merging two is O(1) and ids are sliced once.
  const starts: number[] = [];
  const ends: number[] = [];
  const centres: number[] = [];
  const centre = (start: number, end: number): number => (points[start]!.x + points[end - 1]!.x) / 2;

  for (let i = 0; i < points.length; ) {
    // A group is every mark within minGap of its first one: bounded width, unlike chaining
    // neighbours, which would fold a whole evenly dense decade into one badge.
    let end = i + 1;
    const limit = points[i]!.x + minGap;
    while (end < points.length && points[end]!.x < limit) end++;
    let start = i;
    let cx = centre(start, end);
    // Two neighbouring groups' centres can still be too close; merging moves the centre right,
    // away from the group before, so the spacing already achieved to the left is kept.
    while (centres.length > 0 && cx - centres[centres.length - 1]! < minGap) {
      centres.pop();
      ends.pop();
      start = starts.pop()!;
      cx = centre(start, end);
    }
    starts.push(start);
    ends.push(end);
    centres.push(cx);
    i = end;
  }

  return starts.map((start, g): ClusteredMark<Id> => {
    const end = ends[g]!;
    const first = points[start]!;
    if (end - start === 1) return { kind: 'single', x: first.x, id: first.id };
    return {
      kind: 'cluster',
      x0: first.x,
      x1: points[end - 1]!.x,
      cx: centres[g]!,
      count: end - start,
      ids: points.slice(start, end).map((p) => p.id),
    };
  });
}
