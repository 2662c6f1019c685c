import type { TimelineScene } from './scene/layout-timeline-scene';
import type { Selection } from '../view-state/view-state';
import { layoutLinkPath } from './layout/layout-link-path';

// What else a selection adds to the timeline comes in this chunk, fetched after the first paint with
// the curves (one dynamic import in the timeline): the reply arcs, and the ids that stay undimmed.
export { ReplyArcs } from './reply-arcs';
export { selectLinkedIds } from '../selectors/select-linked-ids';

interface SelectionLinksProps {
  scene: TimelineScene;
  selection: Selection;
  /** Ids the selection links to (from selectLinkedIds). */
  linked: ReadonlySet<string>;
}

/** Curves from the selected event or statement to everything drawn that it links to. */
export function SelectionLinks({ scene, selection, linked }: SelectionLinksProps) {
  const from = scene.positionOf.get(selection.id as never);
  if (!from) return null;
  const paths: { key: string; d: string }[] = [];
  for (const id of linked) {
    if (id === selection.id) continue;
    const to = scene.positionOf.get(id as never);
    if (!to || (to.x === from.x && to.y === from.y)) continue;
    paths.push({ key: id, d: layoutLinkPath(from, to) });
  }
  return (
    <g className="selection-links" aria-hidden="true">
      {paths.map((p) => (
        <path key={p.key} className="selection-link" d={p.d} />
      ))}
    </g>
  );
}
