import type { TimelineTracks, TrackItem } from '../timeline/scene/build-timeline-tracks';
import { clusterPillWidth, SCENE, type SceneMark, type TimelineScene } from '../timeline/scene/layout-timeline-scene';
import type { SceneCallout } from '../timeline/scene/layout-quote-callouts';
import { getQuotationMarks } from '../model/get-quotation-marks';

/** What a scene was laid out from, as the scene saw it. */
export interface SceneUnderTest {
  readonly tracks: TimelineTracks;
  readonly scene: TimelineScene;
  readonly scale: (time: number) => number;
  /** The window: the scale's inverse at 0 and at `width`. */
  readonly t0: number;
  readonly t1: number;
  readonly width: number;
  readonly emphasisId?: string | undefined;
  /** The scene's quote callouts (layoutQuoteCallouts), set in the quotation marks of `language` ('en' by default). */
  readonly callouts?: readonly SceneCallout[];
  readonly language?: string;
}

/** The scene's promises, by name: each violation found is reported as "<name>: <what>". */
export const SCENE_INVARIANTS = {
  accounted: 'every item in the window is drawn as its own mark or counted in exactly one cluster of its lane',
  inWindow: 'nothing outside the window is drawn or counted',
  bandSpan: 'a band spans exactly the scaled start … end of its date',
  pointCentre: 'a point is drawn at the centre of its scaled date',
  noClusterOfOne: 'no cluster holds a single item',
  labelsApart: 'no two labels overlap',
  labelsClearOfMarks: 'no label covers another mark on its row',
  labelsInside: 'every label lies inside the plot',
  marksApart: 'no two event marks on one row overlap',
  positioned: 'every event drawn in its first lane has a position (for links and focus)',
  emphasised: 'the emphasised item in the window is drawn as its own mark',
  calloutsOwned: 'every callout follows the quote marker, or the cluster of quote markers, whose most important quote it shows',
  calloutWords: 'every callout shows the opening words of its quote, a verbatim one in quotation marks, a paraphrase without',
  calloutsApart: 'no two callouts overlap',
  calloutsClearOfLabels: 'no callout overlaps a label',
  calloutsClearOfMarks: 'no callout overlaps a mark or a cluster',
  calloutsInside: 'every callout lies inside the plot',
} as const;

/** Half the height of a line of label or callout text around its row's centre (12 px type, baseline 4 px below). */
const TEXT_HALF_HEIGHT = 7;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - EPSILON && b.left < a.right - EPSILON && a.top < b.bottom && b.top < a.bottom;
}

function textBox(x: number, y: number, width: number): Box {
  return { left: x, right: x + width, top: y - TEXT_HALF_HEIGHT, bottom: y + TEXT_HALF_HEIGHT };
}

const EPSILON = 1e-6;

function markBox(mark: SceneMark): [number, number] {
  return mark.isBand ? [mark.x0, mark.x1] : [mark.cx - SCENE.markRadius, mark.cx + SCENE.markRadius];
}

/**
 * Whether the scene must draw or count an item: an event whose date reaches into the window; a quote
 * marker (a point at its date's centre, at every zoom) whose centre is also within a mark of the view.
 */
function isInWindow(item: TrackItem, t0: number, t1: number, scale: (time: number) => number, width: number): boolean {
  if (!(item.span.end > t0 && item.span.start < t1)) return false;
  if (item.kind === 'event') return true;
  const cx = (scale(item.span.start) + scale(item.span.end)) / 2;
  return cx >= -SCENE.markRadius && cx <= width + SCENE.markRadius;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks a scene against SCENE_INVARIANTS and returns what it finds (at most a few per invariant),
 * so a failing test says which promise broke and where, not only that a digest changed.
 */
export function findSceneViolations({ tracks, scene, scale, t0, t1, width, emphasisId, callouts = [], language = 'en' }: SceneUnderTest): string[] {
  const found: string[] = [];
  const perInvariant = new Map<string, number>();
  const report = (invariant: keyof typeof SCENE_INVARIANTS, what: string) => {
    const n = perInvariant.get(invariant) ?? 0;
    perInvariant.set(invariant, n + 1);
    if (n < 3) found.push(`${SCENE_INVARIANTS[invariant]}: ${what}`);
  };

  // Each item of each lane: how many times it is drawn and counted.
  tracks.tracks.forEach((track, lane) => {
    for (const kind of ['event', 'statement'] as const) {
      const items = kind === 'event' ? track.events : track.statements;
      const seen = new Map<string, number>();
      for (const mark of scene.marks) if (mark.lane === lane && mark.item.kind === kind) seen.set(mark.item.id, (seen.get(mark.item.id) ?? 0) + 1);
      for (const cluster of scene.clusters) {
        if (cluster.lane !== lane || cluster.kind !== kind) continue;
        if (cluster.items !== items) report('accounted', `a ${kind} cluster of lane ${lane} indexes another lane's items`);
        for (let m = 0; m < cluster.members.length; m++) {
          const item = items[cluster.members[m]!];
          if (item) seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
          else report('accounted', `cluster member ${cluster.members[m]} is no ${kind} of lane ${lane}`);
        }
      }
      for (const item of items) {
        const times = seen.get(item.id) ?? 0;
        seen.delete(item.id);
        if (isInWindow(item, t0, t1, scale, width)) {
          if (times !== 1) report('accounted', `${kind} ${item.id} in lane ${lane} is drawn or counted ${times} times`);
        } else if (times > 0) report('inWindow', `${kind} ${item.id} in lane ${lane} (${item.span.start}…${item.span.end}) lies outside ${t0}…${t1}`);
      }
      for (const id of seen.keys()) report('accounted', `${kind} ${id} is drawn in lane ${lane}, which does not hold it`);
    }
  });

  for (const mark of scene.marks) {
    const x0 = scale(mark.item.span.start);
    const x1 = scale(mark.item.span.end);
    if (mark.isBand && !(near(mark.x0, x0) && near(mark.x1, x1))) report('bandSpan', `${mark.key} spans ${mark.x0}…${mark.x1}, its date ${x0}…${x1}`);
    if (!mark.isBand && !near(mark.cx, (x0 + x1) / 2)) report('pointCentre', `${mark.key} at ${mark.cx}, its date's centre at ${(x0 + x1) / 2}`);
  }

  for (const cluster of scene.clusters) {
    if (cluster.count < 2 || cluster.members.length !== cluster.count) report('noClusterOfOne', `a ${cluster.kind} cluster at ${cluster.cx} counts ${cluster.count} and lists ${cluster.members.length}`);
  }

  const labels = scene.labels;
  for (const label of labels) if (label.x < -EPSILON || label.x + label.width > width + EPSILON) report('labelsInside', `"${label.text}" at ${label.x}…${label.x + label.width}`);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      if (a.y === b.y && a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON) report('labelsApart', `"${a.text}" and "${b.text}" at y ${a.y}`);
    }
  }

  const eventMarks = scene.marks.filter((m) => m.item.kind === 'event');
  const byRow = new Map<number, SceneMark[]>();
  for (const mark of eventMarks) byRow.set(mark.y, [...(byRow.get(mark.y) ?? []), mark]);
  for (const [y, row] of byRow) {
    const boxes = row.map((m) => [m, ...markBox(m)] as const).sort((a, b) => a[1] - b[1]);
    for (let i = 1; i < boxes.length; i++) {
      const [previous, , previousRight] = boxes[i - 1]!;
      const [mark, left] = boxes[i]!;
      if (left < previousRight - EPSILON) report('marksApart', `${previous.key} and ${mark.key} at y ${y}`);
    }
    for (const label of labels) {
      if (label.y !== y) continue;
      for (const mark of row) {
        if (mark.key === label.key) continue;
        const [left, right] = markBox(mark);
        if (label.x < right - EPSILON && left < label.x + label.width - EPSILON) report('labelsClearOfMarks', `"${label.text}" over ${mark.key}`);
      }
    }
  }

  for (const mark of eventMarks) {
    if (mark.item.primary && !scene.positionOf.has(mark.item.id)) report('positioned', `${mark.key} has no position`);
  }

  if (emphasisId !== undefined) {
    const lane = tracks.lanesOfEvent.get(emphasisId as never)?.[0];
    const item = lane === undefined ? undefined : tracks.tracks[lane]?.events.find((e) => e.id === emphasisId);
    if (item && isInWindow(item, t0, t1, scale, width) && !scene.marks.some((m) => m.item.id === emphasisId)) report('emphasised', `${emphasisId} is not drawn`);
  }

  checkCallouts(scene, callouts, width, getQuotationMarks(language), report);
  return found;
}

function checkCallouts(scene: TimelineScene, callouts: readonly SceneCallout[], width: number, marks: { open: string; close: string }, report: (invariant: keyof typeof SCENE_INVARIANTS, what: string) => void): void {
  const boxes: [string, Box][] = [];
  for (const mark of scene.marks) {
    const [left, right] = markBox(mark);
    const half = mark.isBand ? SCENE.bandHeight / 2 : SCENE.markRadius;
    boxes.push([mark.key, { left, right, top: mark.y - half, bottom: mark.y + half }]);
  }
  for (const cluster of scene.clusters) {
    const half = clusterPillWidth(cluster.count) / 2;
    boxes.push([`a cluster of ${cluster.count} at ${cluster.cx}`, { left: cluster.cx - half, right: cluster.cx + half, top: cluster.y - 8, bottom: cluster.y + 8 }]);
  }
  callouts.forEach((callout, i) => {
    const box = textBox(callout.x, callout.y, callout.width);
    const name = `the callout "${callout.text}" of ${callout.id}`;
    if (callout.x < -EPSILON || callout.x + callout.width > width + EPSILON) report('calloutsInside', `${name} at ${callout.x}…${callout.x + callout.width}`);
    for (const label of scene.labels) if (overlaps(box, textBox(label.x, label.y, label.width))) report('calloutsClearOfLabels', `${name} and "${label.text}"`);
    for (const [what, other] of boxes) if (overlaps(box, other)) report('calloutsClearOfMarks', `${name} over ${what}`);
    for (let j = i + 1; j < callouts.length; j++) if (overlaps(box, textBox(callouts[j]!.x, callouts[j]!.y, callouts[j]!.width))) report('calloutsApart', `${name} and "${callouts[j]!.text}"`);

    // Its owner, and the quote it shows.
    let quotes: readonly TrackItem[];
    let ownerRight: number;
    let ownerY: number;
    if (callout.cluster < 0) {
      const mark = scene.marks.find((m) => m.key === `statement:${callout.id}` && m.lane === callout.lane);
      quotes = mark ? [mark.item] : [];
      ownerRight = mark ? mark.cx + SCENE.markRadius : NaN;
      ownerY = mark?.y ?? NaN;
    } else {
      const cluster = scene.clusters[callout.cluster];
      quotes = cluster?.kind === 'statement' && cluster.lane === callout.lane ? Array.from(cluster.members, (m) => cluster.items[m]!) : [];
      ownerRight = cluster ? cluster.cx + clusterPillWidth(cluster.count) / 2 : NaN;
      ownerY = cluster?.y ?? NaN;
    }
    const quote = quotes.find((q) => q.id === callout.id);
    if (!quote || quotes.some((q) => q.priority > quote.priority) || ownerY !== callout.y || !(callout.x > ownerRight)) {
      report('calloutsOwned', `${name} in lane ${callout.lane} (cluster ${callout.cluster}) at ${callout.x}, ${callout.y}`);
      return;
    }
    const words = quote.label.replace(/\s+/gu, ' ').trim();
    const open = quote.paraphrase ? '' : marks.open;
    const close = quote.paraphrase ? '' : marks.close;
    const inner = callout.text.startsWith(open) && callout.text.endsWith(close) ? callout.text.slice(open.length, callout.text.length - close.length) : undefined;
    const shown = inner?.endsWith('…') && !words.endsWith(inner) ? inner.slice(0, -1) : inner;
    if (callout.paraphrase !== (quote.paraphrase === true) || !shown || !words.startsWith(shown)) report('calloutWords', `${name} for "${words.slice(0, 60)}"`);
  });
}
