import type { RelationCellPanelProps } from './relation-cell-panel.tsx';
import { RelationCellPanel } from './relation-cell-panel.tsx';
import type { RelationsViewProps } from './relations-view.tsx';
import { RelationsView } from './relations-view.tsx';

/** Which part of the relations view to show: the matrix, or the panel listing a cell (the app's panel). */
export type RelationsPartProps = ({ part: 'view' } & RelationsViewProps) | ({ part: 'cell' } & RelationCellPanelProps);

/**
 * The relations view's entry for the app: one lazily loaded module for both parts, since the panel
 * of a cell is opened from the matrix (or by a link to it) and needs the same code.
 */
export function RelationsPart(props: RelationsPartProps) {
  return props.part === 'view' ? <RelationsView {...props} /> : <RelationCellPanel {...props} />;
}
