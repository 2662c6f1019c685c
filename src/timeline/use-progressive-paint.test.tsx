// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ModelFile } from '../model/model-file-schema';
import type { TimeSpan } from '../model/types';
import { selectVisibleItems } from '../selectors/select-visible-items';
import { loadModel } from '../testing/load-model';
import { validModel } from '../testing/fixtures/valid-model';
import { windowScaleOf } from './layout/view-window';
import { buildTimelineTracks, type TimelineTracks } from './scene/build-timeline-tracks';
import { layoutTimelineSceneInSteps } from './scene/layout-timeline-scene';
import { runSteps } from './scene/run-steps';
import { SLICED_ITEMS } from './use-timeline-tracks';
import { useProgressivePaint, type LayOut } from './use-progressive-paint';

const NO_FILTERS = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };
const WIDTH = 800;

/** The valid model with `count` more events, spread over 2025: a scene laid out in slices. */
function largeTracks(count: number): TimelineTracks {
  const file = validModel() as ModelFile;
  const template = file.events![0]!;
  const more = Array.from({ length: count }, (_, i) => ({ ...template, id: `talks-${i}`, start: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, end: undefined, related: undefined }));
  const model = loadModel({ ...file, events: [...file.events!, ...more] });
  return buildTimelineTracks(model, selectVisibleItems(model, NO_FILTERS), 'compact');
}

function layOutFor(window: TimeSpan, emphasisId?: string): LayOut {
  return {
    window,
    width: WIDTH,
    emphasisId,
    steps: (tracks) => layoutTimelineSceneInSteps({ tracks, ...windowScaleOf(window, WIDTH), width: WIDTH, ...(emphasisId ? { emphasisId } : {}) }),
  };
}

const YEAR = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
const SPRING = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 5, 1) };
const MAY = { start: Date.UTC(2025, 4, 1), end: Date.UTC(2025, 5, 1) };

describe('useProgressivePaint', () => {
  it('lays a large scene’s new window out in slices, showing the last window’s scene (and saying which) meanwhile; a new emphasis at once', async () => {
    const tracks = largeTracks(SLICED_ITEMS + 1_000);
    const container = { current: null };
    let hold = false;
    const { result, rerender } = renderHook(({ layOut }: { layOut: LayOut }) => useProgressivePaint(container, 0, tracks, layOut, () => hold), {
      initialProps: { layOut: layOutFor(YEAR) },
    });
    // The first scene: in slices, nothing to show before it.
    expect(result.current.scene).toBeUndefined();
    await waitFor(() => expect(result.current.scene).toBeDefined());
    const year = result.current.layOut!;
    expect(year.window).toBe(YEAR);
    expect(result.current.scene).toEqual(runSteps(year.steps(tracks)));

    // A zoom: the year's scene stays, for the caller to move, until the spring's is laid out.
    const spring = layOutFor(SPRING);
    rerender({ layOut: spring });
    expect(result.current.layOut).toBe(year);
    const yearScene = result.current.scene;
    await waitFor(() => expect(result.current.layOut).toBe(spring));
    expect(result.current.scene).not.toBe(yearScene);
    expect(result.current.scene).toEqual(runSteps(spring.steps(tracks)));

    // While a gesture is under way the slices wait.
    hold = true;
    const may = layOutFor(MAY);
    rerender({ layOut: may });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(result.current.layOut).toBe(spring);
    hold = false;
    await waitFor(() => expect(result.current.layOut).toBe(may));
    expect(result.current.scene).toEqual(runSteps(may.steps(tracks)));

    // A mark walked to (a new emphasis): the scene on screen cannot stand in for it, laid out at once.
    const id = tracks.tracks[0]!.events[5]!.id;
    const emphasised = layOutFor(MAY, id);
    rerender({ layOut: emphasised });
    expect(result.current.layOut).toBe(emphasised);
    expect(result.current.scene).toEqual(runSteps(emphasised.steps(tracks)));
    // And then stands in for the next window.
    const springEmphasised = layOutFor(SPRING, id);
    rerender({ layOut: springEmphasised });
    expect(result.current.layOut).toBe(emphasised);
    await waitFor(() => expect(result.current.layOut).toBe(springEmphasised));
  });

  it('lays a small scene out at once, whatever changed', () => {
    const tracks = largeTracks(10);
    const { result, rerender } = renderHook(({ layOut }: { layOut: LayOut }) => useProgressivePaint({ current: null }, 0, tracks, layOut), { initialProps: { layOut: layOutFor(YEAR) } });
    expect(result.current.scene).toEqual(runSteps(layOutFor(YEAR).steps(tracks)));
    const spring = layOutFor(SPRING);
    rerender({ layOut: spring });
    expect(result.current.layOut).toBe(spring);
    expect(result.current.scene).toEqual(runSteps(spring.steps(tracks)));
  });
});
