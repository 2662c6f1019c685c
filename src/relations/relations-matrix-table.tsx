import { memo, useId } from 'react';
import type { Model } from '../model/types.ts';
import type { RelationsMatrix } from '../selectors/select-relations-matrix.ts';
import type { RelationCell } from '../view-state/view-state.ts';
import { getRelationLevel } from './relation-level.ts';
import { useMatrixKeyboard, type CellPosition } from './use-matrix-keyboard.ts';

interface RelationsMatrixTableProps {
  model: Model;
  matrix: RelationsMatrix;
  /** The cell whose statements the panel lists. */
  current: RelationCell | null;
  /** Lists a cell's statements in the panel. */
  onShowCell: (speaker: string, subject: string) => void;
  /** The id of the text that explains how to read the table. */
  describedBy?: string;
}

const plural = (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`;

/**
 * The matrix as a real table: speakers are row headers, subjects column headers, and each non-empty
 * cell is a button that names itself ("Donald Trump about Vladimir Putin: 3 statements") and writes its
 * count, shaded by it. One tab stop; the arrow keys move between non-empty cells.
 */
export const RelationsMatrixTable = memo(function RelationsMatrixTable({ model, matrix, current, onShowCell, describedBy }: RelationsMatrixTableProps) {
  const captionId = useId();
  const name = (id: string) => model.actors.get(id as never)?.name ?? id;
  const currentAt: CellPosition | undefined = current
    ? { row: matrix.speakers.indexOf(current.speaker as never), column: matrix.subjects.indexOf(current.subject as never) }
    : undefined;
  const { tabStop, onKeyDown, setActive } = useMatrixKeyboard(matrix.counts, currentAt && currentAt.row >= 0 && currentAt.column >= 0 ? currentAt : undefined);
  const subjectNames = matrix.subjects.map(name);

  return (
    <div className="relations__scroll" role="region" aria-labelledby={captionId}>
      <table className="relations__table" onKeyDown={onKeyDown} aria-describedby={describedBy}>
        <caption id={captionId} className="relations__caption">
          Statements by speaker (rows) about subject (columns)
          <span className="visually-hidden">. Use the arrow keys to move between cells that hold statements, and Enter to list them.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="relations__corner">
              <span className="visually-hidden">Speaker</span>
            </th>
            {subjectNames.map((subject, column) => (
              <th key={matrix.subjects[column]} scope="col" className="relations__column-head">
                <span className="relations__column-name">{subject}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.speakers.map((speakerId, row) => {
            const speaker = name(speakerId);
            return (
              <tr key={speakerId}>
                <th scope="row" className="relations__row-head">
                  {speaker}
                </th>
                {matrix.counts[row]!.map((count, column) => {
                  if (count === 0) return <td key={column} className="relations__cell" />;
                  const subjectId = matrix.subjects[column]!;
                  const isCurrent = current?.speaker === speakerId && current.subject === subjectId;
                  const isStop = tabStop?.row === row && tabStop.column === column;
                  return (
                    <td key={column} className={`relations__cell relations__cell--${getRelationLevel(count, matrix.max)}`}>
                      <button
                        type="button"
                        className="relations__count"
                        data-cell={`${row}:${column}`}
                        tabIndex={isStop ? 0 : -1}
                        aria-label={`${speaker} about ${subjectNames[column]}: ${plural(count)}`}
                        aria-current={isCurrent ? 'true' : undefined}
                        onFocus={() => setActive({ row, column })}
                        onClick={() => onShowCell(speakerId, subjectId)}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
