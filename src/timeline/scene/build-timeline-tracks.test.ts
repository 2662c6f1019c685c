import { describe, expect, it } from 'vitest';
import { loadModel } from '../../testing/load-model';
import { goldenHash } from '../../testing/golden-hash';
import { generateModel } from '../../../bench/generate-model';
import { selectVisibleItems, type ItemFilters, type VisibleItems } from '../../selectors/select-visible-items';
import { buildTimelineTracks, type TimelineTracks, type TrackItem, type TrackMode } from './build-timeline-tracks';

const itemLine = (i: TrackItem) => [i.kind, i.id, i.span.start, i.span.end, i.precision, i.glyph, i.label, i.priority, i.primary, i.actor ?? '-'].join('|');

/** Everything the scene and the views read from the tracks, reduced to counts and one hash. */
function digest(tracks: TimelineTracks) {
  const lines: string[] = [tracks.mode];
  for (const lane of tracks.lanes) lines.push(`lane ${lane.key} ${lane.actorId ?? '-'} ${lane.label} ${lane.depth} ${lane.groupKey}`);
  tracks.tracks.forEach((track, i) => {
    lines.push(`track ${i} rows ${track.rows}`, ...track.events.map(itemLine), ...track.statements.map(itemLine));
    lines.push(`events order ${track.eventIndex.order.join(',')} statements order ${track.statementIndex.order.join(',')}`);
  });
  for (const [id, lanes] of tracks.lanesOfEvent) lines.push(`${id} in ${lanes.join(',')}`);
  return {
    lanes: tracks.lanes.length,
    rows: tracks.tracks.map((t) => t.rows).join(','),
    events: tracks.tracks.reduce((n, t) => n + t.events.length, 0),
    statements: tracks.tracks.reduce((n, t) => n + t.statements.length, 0),
    hash: goldenHash(lines.join('\n')),
  };
}

const NO_FILTERS: ItemFilters = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };
const model = loadModel(generateModel({ events: 2000, actors: 40, statements: 1000, seed: 7 }));

function tracksOf(mode: TrackMode, filters: Partial<ItemFilters> = {}, maxLanes?: number): TimelineTracks {
  return buildTimelineTracks(model, selectVisibleItems(model, { ...NO_FILTERS, ...filters }), mode, maxLanes);
}

describe('buildTimelineTracks', () => {
  // Recorded from the implementation before it was optimised: a faster builder must give the same tracks.
  it.each([
    ['actors, folded lanes', () => tracksOf('actors'), { lanes: 17, rows: '7,7,7,7,7,7,7,4,7,7,5,7,7,7,7,6,5', events: 5632, statements: 1000, hash: '1wuxcxlm80a' }],
    ['actors, one lane per actor', () => tracksOf('actors', {}, 100), { lanes: 40, rows: '7,6,5,3,7,6,7,4,7,4,4,6,4,6,6,7,3,7,7,4,4,7,7,7,6,5,4,5,5,5,5,5,5,5,7,6,7,7,6,5', events: 5957, statements: 1000, hash: 'vpabwage2l' }],
    ['compact', () => tracksOf('compact'), { lanes: 1, rows: '10', events: 2000, statements: 1000, hash: '1jq62f36995' }],
    ['actors, filtered', () => tracksOf('actors', { actorFilter: ['actor-001'], kindFilter: ['talks', 'call'], verbatimOnly: true }), { lanes: 17, rows: '4,6,3,1,3,1,3,1,1,3,1,3,1,1,1,1,1', events: 297, statements: 26, hash: '2bt20knvc6t' }],
    ['actors, one month', () => tracksOf('actors', { dateFilter: { since: '2022-06', until: '2022-06' } }), { lanes: 17, rows: '7,7,4,7,5,4,4,1,7,7,1,6,7,4,3,4,3', events: 220, statements: 33, hash: 'fmyae283c2' }],
  ] as const)('gives the recorded tracks (%s)', (_what, build, expected) => {
    expect(digest(build())).toEqual(expected);
  });

  it('gives the same tracks, up to item order, when the visible items are not in time order', () => {
    const visible = selectVisibleItems(model, NO_FILTERS);
    const shuffled: VisibleItems = { ...visible, events: [...visible.events].reverse(), statements: [...visible.statements].reverse() };
    for (const mode of ['actors', 'compact'] as const) {
      const inOrder = buildTimelineTracks(model, visible, mode);
      const reversed = buildTimelineTracks(model, shuffled, mode);
      expect(reversed.tracks.map((t) => t.rows)).toEqual(inOrder.tracks.map((t) => t.rows));
      reversed.tracks.forEach((track, i) => {
        // The index sorts by start (ties by position), so its order maps to the same items by start.
        const starts = (t: typeof track) => [...t.eventIndex.order].map((k) => t.events[k]!.span.start);
        expect(starts(track)).toEqual(starts(inOrder.tracks[i]!));
        expect(track.events.map(itemLine).sort()).toEqual(inOrder.tracks[i]!.events.map(itemLine).sort());
      });
    }
  });
});
