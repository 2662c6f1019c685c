import { describe, expect, it } from 'vitest';
import type { ActorId, Model } from '../../model/types';
import { loadModel } from '../../testing/load-model';
import { generateModel } from '../../../bench/generate-model';
import { selectVisibleItems, type ItemFilters, type VisibleItems } from '../../selectors/select-visible-items';
import { buildTimelineTracks, COMPACT_ROWS, MAX_ROWS_PER_LANE, MOMENT_ROOM, type TimelineTracks, type TrackItem, type TrackMode } from './build-timeline-tracks';
import { maxOverlapDepth } from './max-overlap-depth';

const itemLine = (i: TrackItem) => [i.kind, i.id, i.span.start, i.span.end, i.precision, i.glyph, i.label, i.priority, i.primary, i.actor ?? '-'].join('|');

const NO_FILTERS: ItemFilters = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };
const model = loadModel(generateModel({ events: 2000, actors: 40, statements: 1000, seed: 7 }));

function tracksOf(mode: TrackMode, filters: Partial<ItemFilters> = {}, maxLanes?: number): { tracks: TimelineTracks; visible: VisibleItems } {
  const visible = selectVisibleItems(model, { ...NO_FILTERS, ...filters });
  return { tracks: buildTimelineTracks(model, visible, mode, maxLanes), visible };
}

/** The lane an actor is drawn in: its own, or (folded) its state's; undefined when it has none. */
function laneOfActor(m: Model, tracks: TimelineTracks, actor: ActorId): number | undefined {
  if (tracks.mode === 'compact') return 0;
  const own = tracks.lanes.findIndex((l) => l.actorId === actor);
  if (own >= 0) return own;
  const state = m.actors.get(actor)?.affiliations.find((a) => m.actors.get(a)?.kind === 'state');
  const folded = state === undefined ? -1 : tracks.lanes.findIndex((l) => l.actorId === state);
  return folded >= 0 ? folded : undefined;
}

/** The lanes an event belongs in, by definition: its participants' lanes, top first, each once; else "Other". */
function expectedLanes(m: Model, tracks: TimelineTracks, eventId: string): number[] {
  if (tracks.mode === 'compact') return [0];
  const lanes = [...new Set(m.events.get(eventId as never)!.participants.map((p) => laneOfActor(m, tracks, p.actor)).filter((l): l is number => l !== undefined))].sort((a, b) => a - b);
  if (lanes.length > 0) return lanes;
  const other = tracks.lanes.findIndex((l) => l.key === 'other');
  return other >= 0 ? [other] : [];
}

/** The tracks' promises, checked item by item against the model and the filters. */
function expectTrackInvariants(m: Model, visible: VisibleItems, tracks: TimelineTracks): void {
  const visibleEvents = new Set<string>(visible.events);
  // Every visible event in the lane of each participant, labelled (primary) in the first only, and nothing else.
  const drawnIn = new Map<string, number[]>();
  tracks.tracks.forEach((track, lane) => {
    for (const item of track.events) drawnIn.set(item.id, [...(drawnIn.get(item.id) ?? []), lane]);
  });
  for (const id of visibleEvents) {
    const lanes = expectedLanes(m, tracks, id);
    expect(drawnIn.get(id) ?? [], `lanes of ${id}`).toEqual(lanes);
    expect(tracks.lanesOfEvent.get(id as never) ?? [], `lanesOfEvent of ${id}`).toEqual(lanes);
  }
  expect([...drawnIn.keys()].every((id) => visibleEvents.has(id))).toBe(true);
  tracks.tracks.forEach((track, lane) => {
    for (const item of track.events) {
      const event = m.events.get(item.id as never)!;
      expect(item.primary, `${item.id} primary in lane ${lane}`).toBe(tracks.lanesOfEvent.get(event.id)![0] === lane);
      expect({ span: item.span, precision: item.precision, glyph: item.glyph, label: item.label }).toEqual({ span: event.span, precision: event.start.precision, glyph: event.kind, label: event.title });
      expect(item.actor).toBe(tracks.lanes[lane]!.actorId);
    }
    // Each visible statement in its speaker's lane (or the state's the speaker folds into).
    for (const item of track.statements) {
      const statement = m.statements.get(item.id as never)!;
      expect(laneOfActor(m, tracks, statement.speaker), `lane of ${statement.id}`).toBe(lane);
      expect(item.span).toEqual(statement.date);
    }
    // The interval index sorts the lane's items by start.
    const starts = [...track.eventIndex.order].map((k) => track.events[k]!.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Rows: one per event open at the busiest moment plus one to spill labels into, within the maximum.
    const spans = track.events.map((e) => e.span);
    const depth = maxOverlapDepth(spans, MOMENT_ROOM);
    const rows = tracks.mode === 'compact' ? Math.min(COMPACT_ROWS, track.events.length) : Math.min(MAX_ROWS_PER_LANE, depth > 1 ? depth + 1 : depth);
    expect(track.rows, `rows of lane ${lane}`).toBe(Math.max(1, rows));
  });
  const statementsDrawn = new Set(tracks.tracks.flatMap((t) => t.statements.map((i) => i.id)));
  for (const id of visible.statements) expect(statementsDrawn.has(id), `statement ${id}`).toBe(laneOfActor(m, tracks, m.statements.get(id)!.speaker) !== undefined);
  expect(tracks.tracks.reduce((n, t) => n + t.statements.length, 0)).toBe(statementsDrawn.size);
}

describe('buildTimelineTracks', () => {
  it.each([
    ['actors, folded lanes', () => tracksOf('actors')],
    ['actors, one lane per actor', () => tracksOf('actors', {}, 100)],
    ['compact', () => tracksOf('compact')],
    ['actors, filtered', () => tracksOf('actors', { actorFilter: ['actor-001'], kindFilter: ['talks', 'call'], verbatimOnly: true })],
    ['actors, one month', () => tracksOf('actors', { dateFilter: { since: '2022-06', until: '2022-06' } })],
  ] as const)('puts every visible item where it belongs, with the rows its busiest moment needs (%s)', (_what, build) => {
    const { tracks, visible } = build();
    expectTrackInvariants(model, visible, tracks);
  });

  it('folds people into their state’s lane past the lane maximum, and not before', () => {
    expect(tracksOf('actors').tracks.lanes.length).toBeLessThanOrEqual(20);
    expect(tracksOf('actors').tracks.lanes.every((l) => l.depth === 0)).toBe(true);
    expect(tracksOf('actors', {}, 100).tracks.lanes.some((l) => l.depth === 1)).toBe(true);
  });

  it('gives a lane a row for a multi-day event and one for a one-day event on its last day', () => {
    // As in the 2015 Iran talks: "Final round in Vienna" 27 June – 14 July, "JCPOA agreed" on 14 July.
    const file = generateModel({ events: 0, actors: 1, statements: 0 });
    file.events = [
      { id: 'final-round', title: 'Final round in Vienna', start: '2015-06-27', end: '2015-07-14', kind: 'talks', participants: [{ actor: 'actor-000' }] },
      { id: 'jcpoa', title: 'JCPOA agreed in Vienna', start: '2015-07-14', kind: 'agreement', participants: [{ actor: 'actor-000' }] },
    ];
    const m = loadModel(file);
    const tracks = buildTimelineTracks(m, selectVisibleItems(m, NO_FILTERS), 'actors');
    // Two events open on 14 July, plus the row labels spill into.
    expect(tracks.tracks[0]!.rows).toBe(3);
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
