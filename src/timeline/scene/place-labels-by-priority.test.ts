import { describe, expect, it } from 'vitest';
import type { EventId } from '../../model/types';
import { SCENE } from './layout-timeline-scene';
import { labelBoxOf, placeLabelsByPriority, type LabelBox, type LabelCandidate } from './place-labels-by-priority';

const TEXT = 'Talks on the ceasefire and the exchange of prisoners'; // 52 characters: 343 px whole

/** A point mark at [markLeft, markLeft + 12] on row 0, its label after it; the text is capped at the widest label. */
function candidate(id: string, markLeft: number, priority: number, options: { fixed?: boolean; markRight?: number; x?: number; text?: string } = {}): LabelCandidate {
  const markRight = options.markRight ?? markLeft + 2 * SCENE.markRadius;
  const x = options.x ?? markRight + SCENE.labelGap;
  const text = options.text ?? TEXT;
  return { key: `event:${id}:0`, id: id as EventId, text, row: 0, y: 13, markLeft, markRight, x, maxWidth: Math.min(text.length * SCENE.charWidth, SCENE.maxLabelWidth), priority, fixed: options.fixed ?? false };
}

/** Runs the pass on one row holding `marks` (the candidates' own marks included) and `labels` already placed. */
function place(marks: readonly [number, number][], labels: readonly LabelBox[], candidates: LabelCandidate[]) {
  const flat = [...marks].sort((a, b) => a[0] - b[0]).flat();
  const row = [...labels];
  const placed: LabelBox[] = [];
  placeLabelsByPriority(candidates, [flat], [row], SCENE, placed);
  const visible = row.filter((b) => !b.hidden).map((b) => b.label);
  return { placed: placed.map((b) => b.label), visible, byId: new Map(visible.map((l) => [l.id as string, l])) };
}

/** A label placed by the first pass at `width`. */
function labelled(c: LabelCandidate, width = c.maxWidth): LabelBox {
  return labelBoxOf(c, width, SCENE.charWidth);
}

describe('placeLabelsByPriority', () => {
  it('labels a mark truncated to the room before the next mark on its row, a gap away, rather than hiding it', () => {
    const a = candidate('a', 0, 1);
    const { byId } = place([[0, 12], [120, 132]], [], [a]);
    const label = byId.get('a')!;
    expect(label.x).toBe(16);
    expect(label.width).toBe(120 - SCENE.labelGap - 16);
    expect(label.text).toBe('Talks on the c…');
    expect(label.text.length * SCENE.charWidth).toBeLessThanOrEqual(label.width);
  });

  it('keeps the whole text when the room allows it, within the widest label', () => {
    const short = candidate('a', 0, 1, { text: 'Minsk talks' });
    expect(place([[0, 12]], [], [short]).byId.get('a')).toMatchObject({ width: 11 * SCENE.charWidth, text: 'Minsk talks' });
    expect(place([[0, 12]], [], [candidate('b', 0, 1)]).byId.get('b')?.width).toBe(SCENE.maxLabelWidth);
  });

  it('never places a label narrower than minLabelWidth', () => {
    const tight = SCENE.minLabelWidth - 1;
    expect(place([[0, 12], [16 + tight + SCENE.labelGap, 200]], [], [candidate('a', 0, 9)]).placed).toEqual([]);
    const { byId } = place([[0, 12], [16 + SCENE.minLabelWidth + SCENE.labelGap, 200]], [], [candidate('a', 0, 9)]);
    expect(byId.get('a')?.width).toBe(SCENE.minLabelWidth);
  });

  it('measures the room of a band whose label starts inside it from the band onwards, up to a band that touches it', () => {
    const band = candidate('a', -50, 1, { markRight: 300, x: 4 });
    const { byId } = place([[-50, 300], [300, 650]], [], [band]);
    expect(byId.get('a')).toMatchObject({ x: 4, width: SCENE.maxLabelWidth });
    const narrow = candidate('b', 0, 1, { markRight: 100, x: 4 });
    expect(place([[0, 100], [100, 200]], [], [narrow]).byId.get('b')?.width).toBe(100 - SCENE.labelGap - 4);
  });

  it('lets a later event that matters more take the room of an earlier one that matters less, which is truncated to end before it', () => {
    // The earlier label reaches past the later mark, as one given to the pass may.
    const minor = candidate('minor', 0, 1);
    const major = candidate('major', 80, 7);
    const { byId } = place([[0, 12], [80, 92]], [labelled(minor)], [major]);
    expect(byId.get('major')).toMatchObject({ x: 96, width: SCENE.maxLabelWidth });
    expect(byId.get('minor')).toMatchObject({ x: 16, width: 80 - SCENE.labelGap - 16, text: 'Talks on…' });
  });

  it('hides the earlier label that matters less when what is left of it would be narrower than minLabelWidth', () => {
    const minor = candidate('minor', 0, 1);
    const major = candidate('major', 50, 7);
    const { byId } = place([[0, 12], [50, 62]], [labelled(minor)], [major]);
    expect(byId.has('major')).toBe(true);
    expect(byId.has('minor')).toBe(false);
  });

  it('hides a label that matters less and starts inside the room taken', () => {
    const major = candidate('major', 0, 7);
    // A label with its mark on another row, as one given to the pass may be.
    const minor = { ...labelled(candidate('minor', 60, 1)), left: 72 };
    const { byId } = place([[0, 12]], [minor], [major]);
    expect(byId.get('major')?.width).toBe(SCENE.maxLabelWidth);
    expect(byId.has('minor')).toBe(false);
  });

  it('keeps the earlier label when the later one matters as much, and the later one goes without', () => {
    const first = candidate('first', 0, 5);
    const second = candidate('second', 80, 5);
    const { byId } = place([[0, 12], [80, 92]], [labelled(first)], [second]);
    expect(byId.get('first')?.width).toBe(SCENE.maxLabelWidth);
    expect(byId.has('second')).toBe(false);
  });

  it('ends a label before one that matters more and starts after it, or leaves it out when too little is left', () => {
    const major = { ...labelled(candidate('major', 150, 9)), left: 162 };
    const { byId } = place([[0, 12]], [major], [candidate('minor', 0, 1)]);
    expect(byId.get('minor')?.width).toBe(162 - SCENE.labelGap - 16);
    expect(byId.get('major')?.width).toBe(SCENE.maxLabelWidth);
    const closer = { ...labelled(candidate('major', 40, 9)), left: 52 };
    expect(place([[0, 12]], [closer], [candidate('minor', 0, 1)]).byId.has('minor')).toBe(false);
  });

  it('never displaces the emphasised label, whatever the priorities', () => {
    const emphasised = candidate('emphasised', 0, 0, { fixed: true });
    const major = candidate('major', 80, 99);
    const { byId } = place([[0, 12], [80, 92]], [labelled(emphasised)], [major]);
    expect(byId.get('emphasised')?.width).toBe(SCENE.maxLabelWidth);
    expect(byId.has('major')).toBe(false);
  });

  it('places the emphasised candidate first, then by priority, ties left to right', () => {
    const candidates = [candidate('low', 0, 1), candidate('tie-right', 600, 5), candidate('emphasised', 900, 0, { fixed: true }), candidate('tie-left', 300, 5)];
    const { placed } = place([[0, 12], [300, 312], [600, 612], [900, 912]], [], candidates);
    expect(placed.map((l) => l.id)).toEqual(['emphasised', 'tie-left', 'tie-right', 'low']);
  });

  it('never lets labels overlap each other or the marks of their row, whatever labels the row held', () => {
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const problems: string[] = [];
    let gaveWay = 0;
    for (let trial = 0; trial < 300; trial++) {
      // Disjoint marks left to right, some touching; labels already placed anywhere, clear of each other.
      const marks: [number, number][] = [];
      const candidates: LabelCandidate[] = [];
      let x = -40;
      for (let m = 0; m < 12; m++) {
        x += random() < 0.3 ? 0 : random() * 120;
        const band = random() < 0.3;
        const right = x + (band ? 12 + random() * 300 : 12);
        marks.push([x, right]);
        const labelX = band && right - x > 120 ? Math.max(x, 0) + 4 : right + SCENE.labelGap;
        candidates.push(candidate(`c${m}`, x, Math.floor(random() * 4), { markRight: right, x: labelX, fixed: m === 5 && random() < 0.5 }));
        x = right;
      }
      const given: LabelBox[] = [];
      let end = -100;
      for (let l = 0; l < 4; l++) {
        const left = end + SCENE.labelGap + random() * 200;
        const box = labelled(candidate(`given${l}`, left - 12, Math.floor(random() * 4)), 40 + random() * 120);
        given.push(box);
        end = box.right;
      }
      const widths = given.map((b) => b.label.width);
      const row = [...given];
      placeLabelsByPriority(candidates, [marks.flat()], [row], SCENE, []);
      gaveWay += given.filter((b, i) => b.hidden || b.label.width < widths[i]!).length;
      const visible = row.filter((b) => !b.hidden).map((b) => b.label);
      for (const l of visible) if (l.width < SCENE.minLabelWidth || l.text.length * SCENE.charWidth > l.width + 1e-9) problems.push(`${trial}: ${l.id} ${l.width} "${l.text}"`);
      for (let i = 0; i < visible.length; i++) {
        for (let j = i + 1; j < visible.length; j++) {
          const [a, b] = [visible[i]!, visible[j]!];
          if (a.x + a.width + SCENE.labelGap > b.x && b.x + b.width + SCENE.labelGap > a.x) problems.push(`${trial}: ${a.id} meets ${b.id}`);
        }
      }
      for (const label of visible) {
        if (label.id.startsWith('given')) continue;
        const own = candidates.find((c) => c.id === label.id)!;
        for (const [left, right] of marks) if (left !== own.markLeft && label.x + label.width + SCENE.labelGap > left && right > label.x) problems.push(`${trial}: ${label.id} meets the mark at ${left}`);
      }
    }
    expect(problems).toEqual([]);
    expect(gaveWay).toBeGreaterThan(50);
  });
});
