import { createTimeIndex } from '../layout/create-time-index';
import { laneHeightFor } from './scene-geometry';
import type { TimelineTracks, Track } from './build-timeline-tracks';

const NO_ITEMS = createTimeIndex([]);

/**
 * The same lanes, with the items of those lying wholly outside [top, bottom] (px from the plot's top)
 * left out: what the first paint lays out. Lane heights are kept, so everything drawn sits where it
 * will sit once the rest is laid out. The tracks themselves when no lane lies outside.
 */
export function tracksWithinRows(tracks: TimelineTracks, top: number, bottom: number): TimelineTracks {
  let laneTop = 0;
  let leftOut = 0;
  const within = tracks.tracks.map((track): Track => {
    const laneBottom = laneTop + laneHeightFor(track.rows);
    const isInside = laneBottom >= top && laneTop <= bottom;
    laneTop = laneBottom;
    if (isInside) return track;
    leftOut++;
    return { ...track, events: [], statements: [], eventIndex: NO_ITEMS, statementIndex: NO_ITEMS };
  });
  // Every lane within the rows (the compact track, a few lanes): the same tracks, so the scene laid
  // out for the first paint is the whole scene, not laid out a second time when the rest follows.
  return leftOut === 0 ? tracks : { ...tracks, tracks: within };
}
