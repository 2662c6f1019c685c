import { ca_order } from 'reorder.js/dist/reorder.esm.js';

/** One non-empty cell: how many statements `speaker` made about `subject`. */
export interface RelationPair<Id extends string = string> {
  readonly speaker: Id;
  readonly subject: Id;
  readonly count: number;
}

/**
 * Orders the rows (speakers) and columns (subjects) of a count table so that pairs that talk a lot sit
 * together: seriation by correspondence analysis (reorder.js `ca_order`, Hill's reciprocal averaging),
 * the classic ordering of a contingency table, which places each row and column by the first axis of
 * the table and so gathers the large counts along the diagonal. It is run on each connected part of
 * the table on its own (speakers and subjects joined by a shared cell), largest part first: across
 * disconnected parts correspondence analysis only tells the parts apart, not an order within them.
 * Ties, and parts too small to order, fall back to the larger total, then the name. Deterministic.
 */
export function orderRelationsMatrix<Id extends string>(
  pairs: readonly RelationPair<Id>[],
  nameOf: (id: Id) => string,
): { rows: Id[]; columns: Id[] } {
  const rowTotal = new Map<Id, number>();
  const columnTotal = new Map<Id, number>();
  for (const { speaker, subject, count } of pairs) {
    rowTotal.set(speaker, (rowTotal.get(speaker) ?? 0) + count);
    columnTotal.set(subject, (columnTotal.get(subject) ?? 0) + count);
  }
  const parts = connectedParts(pairs);
  const rows: Id[] = [];
  const columns: Id[] = [];
  for (const part of parts) {
    const partRows = [...part.rows].sort(compareByTotal(rowTotal, nameOf));
    const partColumns = [...part.columns].sort(compareByTotal(columnTotal, nameOf));
    const scores = partRows.length > 1 && partColumns.length > 1 ? correspondenceScores(part.pairs, partRows, partColumns) : undefined;
    if (scores) {
      // Stable sorts: equal scores keep the order by total and name.
      partRows.sort((a, b) => scores.rows.get(a)! - scores.rows.get(b)!);
      partColumns.sort((a, b) => scores.columns.get(a)! - scores.columns.get(b)!);
    }
    rows.push(...partRows);
    columns.push(...partColumns);
  }
  return { rows, columns };
}

/** Larger total first, then by name, then by id: the matrix's order where nothing else decides. */
export function compareByTotal<Id extends string>(totals: ReadonlyMap<Id, number>, nameOf: (id: Id) => string): (a: Id, b: Id) => number {
  return (a, b) => totals.get(b)! - totals.get(a)! || compareText(nameOf(a), nameOf(b)) || compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Part<Id> {
  rows: Set<Id>;
  columns: Set<Id>;
  pairs: RelationPair<Id & string>[];
  total: number;
}

/** The connected parts of the bipartite graph of speakers and subjects, largest total first. */
function connectedParts<Id extends string>(pairs: readonly RelationPair<Id>[]): Part<Id>[] {
  // Union-find over "row:" and "column:" keys, so an actor that both speaks and is spoken of is two nodes.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    if (!parent.has(key)) parent.set(key, key);
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const { speaker, subject } of pairs) {
    const a = find(`r:${speaker}`);
    const b = find(`c:${subject}`);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const parts = new Map<string, Part<Id>>();
  for (const pair of pairs) {
    const root = find(`r:${pair.speaker}`);
    let part = parts.get(root);
    if (!part) parts.set(root, (part = { rows: new Set(), columns: new Set(), pairs: [], total: 0 }));
    part.rows.add(pair.speaker);
    part.columns.add(pair.subject);
    part.pairs.push(pair);
    part.total += pair.count;
  }
  // Equal totals: the part holding the first speaker id comes first, so the order of the cells never matters.
  const least = (part: Part<Id>) => [...part.rows].reduce((a, b) => (b < a ? b : a));
  return [...parts.values()].sort((a, b) => b.total - a.total || compareText(least(a), least(b)));
}

/**
 * First-axis scores of rows and columns, oriented so that the row with the largest total (the first
 * of `rows`) lies in the lower half; undefined when the analysis finds no axis (a table whose rows all
 * have the same profile).
 */
function correspondenceScores<Id extends string>(pairs: readonly RelationPair<Id>[], rows: readonly Id[], columns: readonly Id[]) {
  const rowIndex = new Map(rows.map((id, i) => [id, i]));
  const columnIndex = new Map(columns.map((id, i) => [id, i]));
  const table = rows.map(() => new Array<number>(columns.length).fill(0));
  for (const { speaker, subject, count } of pairs) table[rowIndex.get(speaker)!]![columnIndex.get(subject)!] = count;
  const { details } = ca_order(table);
  if (details.rows.length !== rows.length || details.cols.length !== columns.length) return undefined;
  if (![...details.rows, ...details.cols].every(Number.isFinite)) return undefined;
  const sorted = [...details.rows].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const sign = details.rows[0]! > median ? -1 : 1;
  return {
    rows: new Map(rows.map((id, i) => [id, sign * details.rows[i]!])),
    columns: new Map(columns.map((id, i) => [id, sign * details.cols[i]!])),
  };
}
