import type { ActorId, Model, StatementId, TimeSpan } from '../model/types.ts';
import { getActorSide } from './get-actor-state.ts';
import { compareByTotal, orderRelationsMatrix } from './order-relations-matrix.ts';
import { selectStatementSubjects } from './select-statement-subjects.ts';

export interface RelationsOptions {
  /** The statements that pass the filters (selectVisibleItems), in time order. */
  readonly statements: readonly StatementId[];
  /** Only statements whose date overlaps this span count; null counts all of them. */
  readonly window: TimeSpan | null;
  /** Count people and organisations as the state they are drawn under (getActorSide). */
  readonly fold: boolean;
  /**
   * At most this many rows and this many columns: the speakers and the subjects with the most
   * statements (ties by name). Undefined shows every one. A table of hundreds of actors a side is
   * tens of thousands of cells, which nobody reads and the page takes seconds to draw.
   */
  readonly limit?: number;
}

/** Who talks about whom: speakers as rows, subjects as columns, ordered so busy pairs sit together. */
export interface RelationsMatrix {
  /** Row actors, in seriation order. */
  readonly speakers: readonly ActorId[];
  /** Column actors, in seriation order. */
  readonly subjects: readonly ActorId[];
  /** `counts[row][column]`: statements of that speaker about that subject. */
  readonly counts: readonly (readonly number[])[];
  /** The largest count, for shading. */
  readonly max: number;
  /** Statements that count in some cell (a statement about nobody but its speaker counts in none). */
  readonly statementCount: number;
  /** Speakers and subjects with statements that the limit left out of the table (0 without a limit). */
  readonly hiddenSpeakers: number;
  readonly hiddenSubjects: number;
  /** The statements of one cell, in time order; empty for a pair that never occurs. */
  statementsOf(speaker: string, subject: string): readonly StatementId[];
}

let last: { model: Model; options: RelationsOptions; matrix: RelationsMatrix } | undefined;

/** Whether two calls count the same statements (the limit aside). */
const sameCount = (a: RelationsOptions, b: RelationsOptions) =>
  a.statements === b.statements && a.fold === b.fold && a.window?.start === b.window?.start && a.window?.end === b.window?.end;

/**
 * Counts, for every speaker and subject (selectStatementSubjects), the statements within the window
 * and the filters, and orders rows and columns with orderRelationsMatrix. Memoized on its last call,
 * as the view re-renders with the same options.
 */
export function selectRelationsMatrix(model: Model, options: RelationsOptions): RelationsMatrix {
  const previous = last;
  if (previous && previous.model === model && sameCount(previous.options, options) && previous.options.limit === options.limit) {
    return previous.matrix;
  }
  const matrix = computeRelationsMatrix(model, options);
  last = { model, options, matrix };
  return matrix;
}

/**
 * The statements of one cell, in time order, whether or not the limit shows its row and column (the
 * panel lists a cell opened from a link too); empty for a pair that never occurs. Shares the matrix's
 * counting, without ordering a table.
 */
export function selectRelationCellStatements(model: Model, options: RelationsOptions, speaker: string, subject: string): readonly StatementId[] {
  const { tally, cells } = countCells(model, options);
  const row = tally.index.get(speaker as ActorId);
  const column = tally.index.get(subject as ActorId);
  return (row !== undefined && column !== undefined && cells.get(row)?.get(column)) || [];
}

/** A statement as the matrix counts it: its row and its columns, as indexes into `Tally.actors`. */
interface Counted {
  readonly speaker: number;
  /** Each once, never the speaker (folded: never the speaker's side). */
  readonly subjects: readonly number[];
}

/** Per model: every actor an index, and each statement's row and columns, plain and folded, found on first use. */
interface Tally {
  readonly index: Map<ActorId, number>;
  readonly actors: ActorId[];
  readonly plain: Map<StatementId, Counted>;
  readonly folded: Map<StatementId, Counted>;
}

// A statement's subjects do not change with the window or the filters: counting a window, or the same
// window again after the reader folds and unfolds, only adds up what was found once per model.
const tallies = new WeakMap<Model, Tally>();

function tallyOf(model: Model): Tally {
  let tally = tallies.get(model);
  if (!tally) tallies.set(model, (tally = { index: new Map(), actors: [], plain: new Map(), folded: new Map() }));
  return tally;
}

function indexOf(tally: Tally, id: ActorId): number {
  let i = tally.index.get(id);
  if (i === undefined) {
    i = tally.actors.push(id) - 1;
    tally.index.set(id, i);
  }
  return i;
}

function countedOf(model: Model, tally: Tally, id: StatementId, fold: boolean): Counted | undefined {
  const cache = fold ? tally.folded : tally.plain;
  let counted = cache.get(id);
  if (counted) return counted;
  const statement = model.statements.get(id);
  if (!statement) return undefined;
  const as = fold ? (actor: ActorId) => getActorSide(model, actor) : (actor: ActorId) => actor;
  const speaker = indexOf(tally, as(statement.speaker));
  const subjects: number[] = [];
  for (const subject of selectStatementSubjects(model, statement)) {
    const i = indexOf(tally, as(subject));
    // Folded, "the United States about the United States" is the speaker talking about their own side.
    if (i !== speaker && !subjects.includes(i)) subjects.push(i);
  }
  cache.set(id, (counted = { speaker, subjects }));
  return counted;
}

/** Cell lists by speaker, then subject (indexes into `Tally.actors`). */
type Cells = Map<number, Map<number, StatementId[]>>;

let lastCount: { model: Model; options: RelationsOptions; counted: { tally: Tally; cells: Cells; statementCount: number } } | undefined;

/** The statements of every cell, memoized on its last call: the view and the panel count the same. */
function countCells(model: Model, options: RelationsOptions): { tally: Tally; cells: Cells; statementCount: number } {
  if (lastCount && lastCount.model === model && sameCount(lastCount.options, options)) return lastCount.counted;
  const { statements, window, fold } = options;
  const tally = tallyOf(model);
  // A statement id is pushed once per subject it names.
  const cells: Cells = new Map();
  let statementCount = 0;
  for (const id of statements) {
    const counted = countedOf(model, tally, id, fold);
    if (!counted || counted.subjects.length === 0) continue;
    if (window) {
      const { date } = model.statements.get(id)!;
      if (date.end <= window.start || date.start >= window.end) continue;
    }
    statementCount++;
    let row = cells.get(counted.speaker);
    if (!row) cells.set(counted.speaker, (row = new Map()));
    for (const subject of counted.subjects) {
      const list = row.get(subject);
      if (list) list.push(id);
      else row.set(subject, [id]);
    }
  }
  lastCount = { model, options, counted: { tally, cells, statementCount } };
  return lastCount.counted;
}

/** The `limit` ids with the largest totals, ties by name then id; all of them when there are no more. */
function topByTotal(totals: Map<ActorId, number>, limit: number, name: (id: ActorId) => string): Set<ActorId> {
  if (totals.size <= limit) return new Set(totals.keys());
  const ids = [...totals.keys()].sort(compareByTotal(totals, name));
  return new Set(ids.slice(0, limit));
}

function computeRelationsMatrix(model: Model, options: RelationsOptions): RelationsMatrix {
  const { tally, cells, statementCount } = countCells(model, options);
  const { actors } = tally;
  let pairs: { speaker: ActorId; subject: ActorId; count: number }[] = [];
  for (const [speaker, row] of cells) for (const [subject, list] of row) pairs.push({ speaker: actors[speaker]!, subject: actors[subject]!, count: list.length });
  const name = (id: ActorId) => model.actors.get(id)?.name ?? id;
  const speakerTotals = new Map<ActorId, number>();
  const subjectTotals = new Map<ActorId, number>();
  for (const { speaker, subject, count } of pairs) {
    speakerTotals.set(speaker, (speakerTotals.get(speaker) ?? 0) + count);
    subjectTotals.set(subject, (subjectTotals.get(subject) ?? 0) + count);
  }
  if (options.limit !== undefined) {
    const shownSpeakers = topByTotal(speakerTotals, options.limit, name);
    const shownSubjects = topByTotal(subjectTotals, options.limit, name);
    pairs = pairs.filter((pair) => shownSpeakers.has(pair.speaker) && shownSubjects.has(pair.subject));
  }
  const { rows, columns } = orderRelationsMatrix(pairs, name);
  const columnIndex = new Map(columns.map((id, i) => [tally.index.get(id)!, i]));
  let max = 0;
  const counts = rows.map((speaker) => {
    const line = new Array<number>(columns.length).fill(0);
    for (const [subject, list] of cells.get(tally.index.get(speaker)!) ?? []) {
      const column = columnIndex.get(subject);
      if (column === undefined) continue;
      line[column] = list.length;
      if (list.length > max) max = list.length;
    }
    return line;
  });
  return {
    speakers: rows, subjects: columns, counts, max, statementCount,
    hiddenSpeakers: speakerTotals.size - rows.length,
    hiddenSubjects: subjectTotals.size - columns.length,
    statementsOf: (speaker, subject) => selectRelationCellStatements(model, options, speaker, subject),
  };
}
