import type { EventId, Model } from '../model/types';
import type { TimelineTracks } from './scene/build-timeline-tracks';
import type { TimelineScene } from './scene/layout-timeline-scene';
import type { TabStop } from './use-roving-tab-stop';

/** In the compact track: the drawn event in the nearest row above or below, closest in x. */
function nearestInRow(scene: TimelineScene | undefined, from: TabStop, direction: 1 | -1): TabStop | undefined {
  const marks = (scene?.marks ?? []).filter((m) => m.item.kind === 'event');
  const current = marks.find((m) => m.item.id === from.id && m.lane === from.lane);
  if (!current) return undefined;
  let best: (typeof marks)[number] | undefined;
  for (const m of marks) {
    const dy = (m.y - current.y) * direction;
    if (dy <= 0) continue;
    const bestDy = best ? (best.y - current.y) * direction : Infinity;
    if (dy < bestDy || (dy === bestDy && Math.abs(m.cx - current.cx) < Math.abs(best!.cx - current.cx))) best = m;
  }
  return best && { id: best.item.id, lane: best.lane };
}

/**
 * ↑/↓: in actor lanes, the event of the nearest lane above or below (that has one) closest in time;
 * in the compact track, the drawn event in the nearest row.
 */
export function nearestStop(model: Model, tracks: TimelineTracks, scene: TimelineScene | undefined, from: TabStop, direction: 1 | -1): TabStop | undefined {
  if (tracks.mode === 'compact') return nearestInRow(scene, from, direction);
  const event = model.events.get(from.id as EventId);
  if (!event) return undefined;
  const centre = (event.span.start + event.span.end) / 2;
  for (let lane = from.lane + direction; lane >= 0 && lane < tracks.tracks.length; lane += direction) {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const item of tracks.tracks[lane]!.events) {
      const distance = Math.abs((item.span.start + item.span.end) / 2 - centre);
      if (distance < bestDistance) {
        best = item.id;
        bestDistance = distance;
      }
    }
    if (best) return { id: best, lane };
  }
  return undefined;
}
