// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { iranTalksModel } from '../testing/fixtures/iran-talks-model.ts';
import { loadModel } from '../testing/load-model.ts';
import type { TimeSpan } from '../model/types.ts';
import { IDENTITY_TRANSFORM, type ViewTransform } from './layout/view-transform.ts';
import type { SceneCluster, TimelineScene } from './scene/layout-timeline-scene.ts';
import type { TimelineTracks } from './scene/build-timeline-tracks.ts';
import type { TimelineViewport } from './use-timeline-viewport.ts';
import { useClusterOpening } from './use-cluster-opening.tsx';

// The plan itself is tested in plan-cluster-zoom.test.ts; here, which zoom it is planned from.
const planned: ViewTransform = { k: 8, x: -400, y: 0 };
const planClusterZoom = vi.fn((_input: { transform: ViewTransform }) => planned);
vi.mock('./cluster-opening', () => ({ planClusterZoom: (input: { transform: ViewTransform }) => planClusterZoom(input), ClusterList: () => null }));

const DAY = 86_400_000;
const onScreen: TimeSpan = { start: 100 * DAY, end: 130 * DAY };
const newest: TimeSpan = { start: 110 * DAY, end: 115 * DAY };

/** A stand-in transform per window: enough to tell which window a plan started from. */
const transformOf = (w: TimeSpan | null): ViewTransform => (w ? { k: (200 * DAY) / (w.end - w.start), x: -w.start / DAY, y: 0 } : IDENTITY_TRANSFORM);

describe('useClusterOpening', () => {
  it('plans the zoom from the window the scene on screen was laid out for, not the newest window still being laid out', async () => {
    const moveTo = vi.fn();
    const viewport = { base: undefined, scaleExtent: [1, 1000], transformOf, moveTo, shown: newest, drawn: newest, show: vi.fn() } as unknown as TimelineViewport;
    const cluster = { kind: 'event', lane: 0, cx: 300, y: 20, count: 3, span: { start: 104 * DAY, end: 106 * DAY }, items: [], members: Int32Array.of(0, 1, 2), separable: true } as unknown as SceneCluster;
    const scene = { clusters: [cluster] } as unknown as TimelineScene;
    const tracks = { mode: 'compact', lanes: [], tracks: [], lanesOfEvent: new Map() } as TimelineTracks;
    const { result } = renderHook(() =>
      useClusterOpening({
        model: loadModel(iranTalksModel()), tracks, scene, sceneWindow: onScreen, viewport, containerRef: { current: null },
        plotTop: 0, gutter: 0, fullWidth: 1000, onShowEvent: vi.fn(), onShowStatement: vi.fn(),
      }),
    );
    act(() => result.current.openCluster(cluster));
    await waitFor(() => expect(moveTo).toHaveBeenCalledWith(planned, true));
    expect(planClusterZoom).toHaveBeenCalledTimes(1);
    expect(planClusterZoom.mock.calls[0]![0].transform).toEqual(transformOf(onScreen));
  });
});
