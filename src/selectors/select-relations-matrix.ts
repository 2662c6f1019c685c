import type { ActorId, Model, StatementId, TimeSpan } from '../model/types.ts';
import { getActorSide } from './get-actor-state.ts';
import { orderRelationsMatrix } from './order-relations-matrix.ts';
import { selectStatementSubjects } from './select-statement-subjects.ts';

export interface RelationsOptions {
  /** The statements that pass the filters (selectVisibleItems), in time order. */
  readonly statements: readonly StatementId[];
  /** Only statements whose date overlaps this span count; null counts all of them. */
  readonly window: TimeSpan | null;
  /** Count people and organisations as the state they are drawn under (getActorSide). */
  readonly fold: boolean;
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
  /** The statements of one cell, in time order; empty for a pair that never occurs. */
  statementsOf(speaker: string, subject: string): readonly StatementId[];
}

let last: { model: Model; options: RelationsOptions; matrix: RelationsMatrix } | undefined;

/**
 * Counts, for every speaker and subject (selectStatementSubjects), the statements within the window
 * and the filters, and orders rows and columns with orderRelationsMatrix. Memoized on its last call:
 * the relations view and the panel listing a cell ask for the same matrix.
 */
export function selectRelationsMatrix(model: Model, options: RelationsOptions): RelationsMatrix {
  const previous = last;
  if (
    previous && previous.model === model && previous.options.statements === options.statements &&
    previous.options.fold === options.fold && previous.options.window?.start === options.window?.start &&
    previous.options.window?.end === options.window?.end
  ) {
    return previous.matrix;
  }
  const matrix = computeRelationsMatrix(model, options);
  last = { model, options, matrix };
  return matrix;
}

function computeRelationsMatrix(model: Model, { statements, window, fold }: RelationsOptions): RelationsMatrix {
  const sides = new Map<ActorId, ActorId>();
  const as = (id: ActorId): ActorId => {
    if (!fold) return id;
    let side = sides.get(id);
    if (side === undefined) sides.set(id, (side = getActorSide(model, id)));
    return side;
  };
  const cells = new Map<ActorId, Map<ActorId, StatementId[]>>();
  let statementCount = 0;
  for (const id of statements) {
    const statement = model.statements.get(id);
    if (!statement) continue;
    if (window && (statement.date.end <= window.start || statement.date.start >= window.end)) continue;
    const speaker = as(statement.speaker);
    let row: Map<ActorId, StatementId[]> | undefined;
    for (const subject of new Set(selectStatementSubjects(model, statement).map(as))) {
      // Folded, "the United States about the United States" is the speaker talking about their own side.
      if (subject === speaker) continue;
      if (!row) {
        row = cells.get(speaker) ?? new Map<ActorId, StatementId[]>();
        cells.set(speaker, row);
        statementCount++;
      }
      const list = row.get(subject);
      if (list) list.push(id);
      else row.set(subject, [id]);
    }
  }
  const pairs: { speaker: ActorId; subject: ActorId; count: number }[] = [];
  for (const [speaker, row] of cells) for (const [subject, list] of row) pairs.push({ speaker, subject, count: list.length });
  const name = (id: ActorId) => model.actors.get(id)?.name ?? id;
  const { rows, columns } = orderRelationsMatrix(pairs, name);
  const columnIndex = new Map(columns.map((id, i) => [id, i]));
  let max = 0;
  const counts = rows.map((speaker) => {
    const line = new Array<number>(columns.length).fill(0);
    for (const [subject, list] of cells.get(speaker) ?? []) {
      line[columnIndex.get(subject)!] = list.length;
      if (list.length > max) max = list.length;
    }
    return line;
  });
  return {
    speakers: rows, subjects: columns, counts, max, statementCount,
    statementsOf: (speaker, subject) => cells.get(speaker as ActorId)?.get(subject as ActorId) ?? [],
  };
}
