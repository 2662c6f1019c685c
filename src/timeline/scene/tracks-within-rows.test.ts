import { describe, expect, it } from 'vitest';
import { generateModel } from '../../../bench/generate-model';
import { loadModel } from '../../testing/load-model';
import { selectVisibleItems } from '../../selectors/select-visible-items';
import { buildTimelineTracks } from './build-timeline-tracks';
import { layoutTimelineScene } from './layout-timeline-scene';
import { tracksWithinRows } from './tracks-within-rows';

const model = loadModel(generateModel({ events: 600, actors: 12, statements: 200, seed: 3 }));
const tracks = buildTimelineTracks(model, selectVisibleItems(model, { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} }), 'actors');
const [d0, d1] = [model.extent!.start, model.extent!.end];
const width = 1000;
const input = { scale: (t: number) => ((t - d0) / (d1 - d0)) * width, invert: (x: number) => d0 + (x / width) * (d1 - d0), width };

describe('tracksWithinRows', () => {
  const full = layoutTimelineScene({ ...input, tracks });
  const top = full.laneTops[1]! + 1;
  const bottom = full.laneTops[3]! - 1;
  const part = layoutTimelineScene({ ...input, tracks: tracksWithinRows(tracks, top, bottom) });

  it('keeps every lane where it is', () => {
    expect(part.laneTops).toEqual(full.laneTops);
    expect(part.laneHeights).toEqual(full.laneHeights);
    expect(part.height).toBe(full.height);
  });

  it('lays out exactly the lanes that reach into the rows, as the full layout does', () => {
    const inLanes = (lanes: number[]) => (m: { lane: number }) => lanes.includes(m.lane);
    expect(part.marks.length).toBeGreaterThan(0);
    expect(part.marks.every(inLanes([1, 2]))).toBe(true);
    expect(part.marks.map((m) => m.key)).toEqual(full.marks.filter(inLanes([1, 2])).map((m) => m.key));
  });

  it('keeps everything when the rows cover the whole plot', () => {
    expect(layoutTimelineScene({ ...input, tracks: tracksWithinRows(tracks, -Infinity, Infinity) }).marks.length).toBe(full.marks.length);
  });
});
