import type { EventId, StatementId } from '../../model/types';
import type { DateBand } from '../layout/layout-date-band';
import type { TrackItem } from './build-timeline-tracks';
import type { SceneCluster, SceneLabel, SceneMark } from './layout-timeline-scene';
import { SCENE } from './scene-geometry';

/** What the scene has drawn so far in one layout, lane by lane. */
export interface SceneFrame {
  marks: SceneMark[];
  clusters: SceneCluster[];
  labels: SceneLabel[];
  positionOf: Map<EventId | StatementId, { x: number; y: number }>;
  occurrences: Map<EventId, number[]>;
}

/** Draws one event on its own: its mark, where links and focus find it, and its row for the connector. */
export function addEventMark(frame: SceneFrame, item: TrackItem, lane: number, band: DateBand, y: number): SceneMark {
  const mark: SceneMark = { key: `event:${item.id}:${lane}`, item, lane, x0: band.x0, x1: band.x1, cx: band.cx, isBand: band.isBand, y };
  frame.marks.push(mark);
  const id = item.id as EventId;
  const ys = frame.occurrences.get(id);
  if (ys) ys.push(y);
  else frame.occurrences.set(id, [y]);
  if (item.primary) frame.positionOf.set(id, { x: band.isBand ? Math.max(band.x0, 0) + SCENE.markRadius : band.cx, y });
  return mark;
}
