// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ModelFile } from '../model/model-file-schema';
import { selectVisibleItems } from '../selectors/select-visible-items';
import { loadModel } from '../testing/load-model';
import { validModel } from '../testing/fixtures/valid-model';
import { buildTimelineTracks, type TrackMode } from './scene/build-timeline-tracks';
import { SLICED_ITEMS, useTimelineTracks } from './use-timeline-tracks';

const NO_FILTERS = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };

/** The valid model with `count` more events, spread over 2025: enough to be built in slices. */
function largeModel(count: number) {
  const file = validModel() as ModelFile;
  const template = file.events![0]!;
  const more = Array.from({ length: count }, (_, i) => ({ ...template, id: `talks-${i}`, start: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, end: undefined, related: undefined }));
  return loadModel({ ...file, events: [...file.events!, ...more] });
}

describe('useTimelineTracks', () => {
  it.each<TrackMode>(['actors', 'compact'])('builds a large model’s %s tracks after the render, in slices, the same as at once', async (mode) => {
    const model = largeModel(SLICED_ITEMS + 1_000);
    const visible = selectVisibleItems(model, NO_FILTERS);
    const { result } = renderHook(() => useTimelineTracks(model, visible, mode));
    // Not in the render: the page answers input while they are built.
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current).toEqual(buildTimelineTracks(model, visible, mode));
  });

  it('builds a small model’s tracks in the render, and keeps the previous tracks while new filters are built', async () => {
    const small = loadModel();
    const smallVisible = selectVisibleItems(small, NO_FILTERS);
    const { result: smallResult } = renderHook(() => useTimelineTracks(small, smallVisible, 'actors'));
    expect(smallResult.current).toEqual(buildTimelineTracks(small, smallVisible, 'actors'));

    const model = largeModel(SLICED_ITEMS + 1_000);
    const all = selectVisibleItems(model, NO_FILTERS);
    const { result, rerender } = renderHook(({ mode }: { mode: TrackMode }) => useTimelineTracks(model, all, mode), { initialProps: { mode: 'actors' } });
    await waitFor(() => expect(result.current).toBeDefined());
    const before = result.current;
    rerender({ mode: 'compact' });
    expect(result.current).toBe(before);
    await waitFor(() => expect(result.current?.mode).toBe('compact'));
  });
});
