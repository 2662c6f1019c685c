import type { EventId } from '../../model/types';
import { truncateToWidth } from '../layout/truncate-to-width';
import type { SCENE, SceneLabel } from './layout-timeline-scene';
import { nextMarkLeft } from './row-mark-boxes';

// Why a second pass: the first pass (layoutLaneEvents) gives a mark its label only when the whole
// label fits as the mark is placed, so a label that would have fitted shortened was hidden. Once every
// mark is in place, this pass gives the marks left without a label (and the labels a band pushed
// aside at day zoom) the room left on their row, most important first, truncated rather than hidden.
// Marks never move here: only labels are added, truncated or hidden. (Which marks get room for a
// whole label in the first place is decided by priority too: see placementOrder.)
//
// Called from layoutLaneEvents, the give-way rules below cannot fire, and the order of the candidates
// does not matter: there, every label starts at its own mark (box.left ≥ its mark's left edge) and
// stays clear of every other mark on its row (the first pass places a mark only clear of labels, and
// a label only clear of marks; a band that pushes labels aside takes them off the row). So the room
// from a candidate's mark to the next mark on its row holds no other label, and a new label ends
// before that next mark, where any label to its right begins. (Also measured: none fired over the
// golden scenes, the 10,000-event model and 600 random windows, 2026-11-27.) The rules keep the
// module's own promise (the label that matters more wins, labels never overlap) for any labels a row
// holds; a caller that keeps the argument above true could drop them, with their tests.

/** What a mark's label would be, before any room is measured: what the second pass places. */
export interface LabelCandidate {
  readonly key: string;
  readonly id: EventId;
  /** The whole text, which a narrower label truncates. */
  readonly text: string;
  readonly row: number;
  readonly y: number;
  /** The mark's box on its row: its label's room is measured from its right edge onwards. */
  readonly markLeft: number;
  readonly markRight: number;
  /** Where the text starts: after the mark, or inside a band wide enough to hold it. */
  readonly x: number;
  /** The widest it may be: its whole text, within the widest label and the plot's right edge. */
  readonly maxWidth: number;
  /** Which label wins when room is short (`TrackItem.priority`). */
  readonly priority: number;
  /** The emphasised item's label: placed first, and never gives way. */
  readonly fixed: boolean;
}

/** The room a label takes on its row: from its mark's right edge (or its text, if that starts inside the mark) to its end. */
export interface LabelBox {
  readonly left: number;
  right: number;
  label: SceneLabel;
  /** Hidden by a mark (at day zoom) or by a label that matters more. */
  hidden: boolean;
  readonly candidate: LabelCandidate;
}

type LabelGeometry = Pick<typeof SCENE, 'labelGap' | 'minLabelWidth' | 'charWidth'>;

/** The label of `candidate` at `width`, its text truncated when the width is less than the text needs. */
function labelOf(candidate: LabelCandidate, width: number, charWidth: number): SceneLabel {
  const { key, id, text, x, y } = candidate;
  return { key, id, x, y, width, text: width < text.length * charWidth ? truncateToWidth(text, width, charWidth) : text };
}

/** The box of `candidate`'s label at `width` on its row. */
export function labelBoxOf(candidate: LabelCandidate, width: number, charWidth: number): LabelBox {
  return { left: Math.min(candidate.x, candidate.markRight), right: candidate.x + width, label: labelOf(candidate, width, charWidth), hidden: false, candidate };
}

function meets(box: LabelBox, left: number, right: number, gap: number): boolean {
  return !box.hidden && left < box.right + gap && box.left < right + gap;
}

function byImportance(a: LabelCandidate, b: LabelCandidate): number {
  return Number(b.fixed) - Number(a.fixed) || b.priority - a.priority || a.markLeft - b.markLeft;
}

/**
 * Places `candidates` (the emphasised one first, then by priority, ties left to right) on
 * their mark's row. Each label starts where it would have and ends before the next mark on its
 * row, `labelGap` away; a label already on the row that it meets gives way if it matters less
 * (truncated to end before it when it keeps `minLabelWidth`, else hidden); one that matters as much
 * or more, or the emphasised one, stays, and the candidate ends before it instead. A label narrower
 * than `minLabelWidth` is not placed. New boxes are added to `labelsIn` and to `placed`.
 * O(candidates · log marks + roomy candidates · (log candidates + labels on the row)).
 */
export function placeLabelsByPriority(candidates: readonly LabelCandidate[], marksIn: readonly (readonly number[])[], labelsIn: readonly LabelBox[][], geometry: LabelGeometry, placed: LabelBox[]): void {
  const { labelGap: gap, minLabelWidth: minWidth, charWidth } = geometry;
  // Measured from the mark's own right edge (a band's label starts inside the band itself) to the
  // next mark, which stays put: at an overview most candidates have no room, and are not sorted.
  const roomFor = (candidate: LabelCandidate) => Math.min(candidate.maxWidth, nextMarkLeft(marksIn[candidate.row]!, candidate.markRight) - gap - candidate.x);
  const roomy: LabelCandidate[] = [];
  for (let c = 0; c < candidates.length; c++) if (roomFor(candidates[c]!) >= minWidth) roomy.push(candidates[c]!);
  roomy.sort(byImportance);
  for (let c = 0; c < roomy.length; c++) {
    const candidate = roomy[c]!;
    const { x, priority } = candidate;
    let width = roomFor(candidate);
    const left = Math.min(x, candidate.markRight);
    const labels = labelsIn[candidate.row]!;
    // Labels that hold their ground: the candidate ends before them or not at all.
    for (let i = 0; i < labels.length && width >= minWidth; i++) {
      const box = labels[i]!;
      if ((box.candidate.fixed || box.candidate.priority >= priority) && meets(box, left, x + width, gap)) width = box.left - gap - x;
    }
    if (width < minWidth) continue;
    // The rest give way: each keeps what it can before the candidate's mark, or hides (as one that
    // starts after the mark always does).
    const right = x + width;
    for (let i = 0; i < labels.length; i++) {
      const box = labels[i]!;
      if (!meets(box, left, right, gap)) continue;
      const kept = candidate.markLeft - gap - box.label.x;
      if (kept >= minWidth) {
        box.right = box.label.x + kept;
        box.label = labelOf(box.candidate, kept, charWidth);
      } else box.hidden = true;
    }
    const box = labelBoxOf(candidate, width, charWidth);
    labels.push(box);
    placed.push(box);
  }
}
