import { getQuotationMarks } from '../../model/get-quotation-marks';
import type { StatementId } from '../../model/types';
import { stableSortByKey } from '../layout/stable-sort-by-key';
import type { TrackItem } from './build-timeline-tracks';
import { formatCalloutText } from './format-callout-text';
import type { SceneCluster, TimelineScene } from './layout-timeline-scene';
import { clusterPillWidth, PARAPHRASE_TAG_CHARS, quoteRowY, SCENE } from './scene-geometry';

// Where callouts go: on the lane's row of quote markers, each after its marker, reading on to the
// right. That row holds no labels (an event's label stays on its event's row; only marks that found no
// row join the quote markers), so a callout never meets a label: event labels keep all the room they
// had, and callouts take what the quote row has left once the scene is laid out. On that row a callout
// ends before the next thing drawn there, so callouts never meet marks, clusters or each other.
// Nothing moves for them: the markers stay where the scene put them (replies are drawn between them).

/** What a quote marker (or a cluster of them) shows of its quote's words when there is room. */
export interface SceneCallout {
  /** The statement whose words it shows: the marker's own, or for a cluster the quote it leads with. */
  readonly id: StatementId;
  readonly lane: number;
  /** Index into the scene's clusters of the cluster it speaks for, or -1 for a single quote marker. */
  readonly cluster: number;
  /** Where the text starts (px); `y` is its row's centre, as for labels. */
  readonly x: number;
  readonly y: number;
  /** The drawn width, PARAPHRASE_TAG included (estimated at SCENE.calloutCharWidth a character). */
  readonly width: number;
  /** The words as drawn: a verbatim quote in quotation marks, a paraphrase bare (after PARAPHRASE_TAG). */
  readonly text: string;
  readonly paraphrase: boolean;
}

const NONE: readonly SceneCallout[] = [];

/** The quote a cluster's callout shows: its most important (TrackItem.priority), the earliest of equals. */
function leadOf(cluster: SceneCluster): TrackItem {
  const { items, members } = cluster;
  let lead = items[members[0]!]!;
  for (let m = 1; m < members.length; m++) {
    const item = items[members[m]!]!;
    if (item.priority > lead.priority) lead = item;
  }
  return lead;
}

/**
 * The callouts of a laid-out scene (`width` px wide, a day `dayWidth` px at its zoom), quotes set off
 * by the marks of `language`: none in an overview (a day narrower than SCENE.calloutDayWidth); at day
 * zoom, each quote marker or cluster of them whose room on its row, up to the next thing drawn there
 * (and within the plot and SCENE.maxCalloutWidth), is at least SCENE.minCalloutWidth and holds a few
 * words. Allocates per scene, never per item without a callout: it runs on zoom frames.
 */
export function layoutQuoteCallouts(scene: TimelineScene, width: number, dayWidth: number, language: string): readonly SceneCallout[] {
  if (!(dayWidth >= SCENE.calloutDayWidth)) return NONE;
  const { marks, clusters, laneTops, laneHeights } = scene;
  const onRow = (lane: number, y: number) => y === quoteRowY(laneTops[lane]!, laneHeights[lane]!);
  let count = 0;
  let owners = 0;
  for (let i = 0; i < marks.length; i++) {
    if (!onRow(marks[i]!.lane, marks[i]!.y)) continue;
    count++;
    if (marks[i]!.item.kind === 'statement') owners++;
  }
  for (let i = 0; i < clusters.length; i++) {
    if (!onRow(clusters[i]!.lane, clusters[i]!.y)) continue;
    count++;
    if (clusters[i]!.kind === 'statement') owners++;
  }
  if (owners === 0) return NONE;
  // Every box on the quote rows, sorted by lane and then by left edge (both within one key: edges are
  // clamped to just outside the plot, which changes no answer about room inside it).
  const lefts = new Float64Array(count);
  const rights = new Float64Array(count);
  const keys = new Float64Array(count);
  const lanes = new Int32Array(count);
  // Which mark (index ≥ 0) or cluster (−1 − index) each box is.
  const what = new Int32Array(count);
  const stride = width + 8;
  const clamp = (x: number) => Math.min(Math.max(x, -2), width + 2);
  let n = 0;
  const add = (lane: number, left: number, right: number, index: number) => {
    lefts[n] = clamp(left);
    rights[n] = clamp(right);
    keys[n] = lane * stride + lefts[n]! + 2;
    lanes[n] = lane;
    what[n++] = index;
  };
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    if (!onRow(mark.lane, mark.y)) continue;
    if (mark.isBand) add(mark.lane, mark.x0, mark.x1, i);
    else add(mark.lane, mark.cx - SCENE.markRadius, mark.cx + SCENE.markRadius, i);
  }
  for (let i = 0; i < clusters.length; i++) {
    const cluster = clusters[i]!;
    if (onRow(cluster.lane, cluster.y)) add(cluster.lane, cluster.cx - clusterPillWidth(cluster.count) / 2, cluster.cx + clusterPillWidth(cluster.count) / 2, -1 - i);
  }
  // With, per lane, the furthest right edge reached so far: bisection finds what starts after a
  // callout's start, and the running maximum whether anything that starts before it reaches into it.
  const order = stableSortByKey(keys, count);
  const sortedKeys = new Float64Array(count);
  const reach = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const box = order[k]!;
    sortedKeys[k] = keys[box]!;
    reach[k] = k > 0 && lanes[order[k - 1]!] === lanes[box] ? Math.max(reach[k - 1]!, rights[box]!) : rights[box]!;
  }
  const marksOf = getQuotationMarks(language);
  const { calloutGap: gap, calloutCharWidth: charWidth, minCalloutWidth, maxCalloutWidth } = SCENE;
  const callouts: SceneCallout[] = [];
  for (let k = 0; k < count; k++) {
    const box = order[k]!;
    const index = what[box]!;
    const item = index >= 0 ? marks[index]!.item : undefined;
    if (index >= 0 ? item!.kind !== 'statement' : clusters[-1 - index]!.kind !== 'statement') continue;
    const x = rights[box]! + gap;
    if (x < 0 || x + minCalloutWidth > width) continue;
    const lane = lanes[box]!;
    // The first box of this lane that starts at or after x: the sorted keys of a lane run from
    // lane · stride to below (lane + 1) · stride.
    const key = lane * stride + x + 2;
    let lo = k + 1;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedKeys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    // A box that starts before x and ends within a gap of it leaves no room (this one's own box ends
    // exactly a gap before x).
    if (reach[lo - 1]! + gap > x) continue;
    const next = lo < count && lanes[order[lo]!] === lane ? lefts[order[lo]!]! - gap : Infinity;
    const room = Math.min(next, width) - x;
    if (room < minCalloutWidth) continue;
    const lead = item ?? leadOf(clusters[-1 - index]!);
    const paraphrase = lead.paraphrase === true;
    const tag = paraphrase ? PARAPHRASE_TAG_CHARS : 0;
    const text = formatCalloutText(lead.label, !paraphrase, marksOf, Math.floor(Math.min(room, maxCalloutWidth) / charWidth) - tag);
    if (text === '') continue;
    const y = index >= 0 ? marks[index]!.y : clusters[-1 - index]!.y;
    callouts.push({ id: lead.id as StatementId, lane, cluster: index >= 0 ? -1 : -1 - index, x, y, width: (tag + Array.from(text).length) * charWidth, text, paraphrase });
  }
  return callouts;
}
