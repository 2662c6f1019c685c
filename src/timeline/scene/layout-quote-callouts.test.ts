import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/types';
import { readBundledModel } from '../../testing/bundled-model';
import { findSceneViolations } from '../../testing/find-scene-violations';
import { loadModel } from '../../testing/load-model';
import { validModel } from '../../testing/fixtures/valid-model';
import { selectVisibleItems } from '../../selectors/select-visible-items';
import { buildTimelineTracks, type TrackMode } from './build-timeline-tracks';
import { layoutQuoteCallouts } from './layout-quote-callouts';
import { layoutTimelineScene } from './layout-timeline-scene';
import { SCENE } from './scene-geometry';

const DAY = 86_400_000;
const NO_FILTERS = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };

/** The scene and its callouts for the window [from, to] at `width`, checked against every scene invariant. */
function calloutsOf(model: Model, mode: TrackMode, from: number, to: number, width: number) {
  const tracks = buildTimelineTracks(model, selectVisibleItems(model, NO_FILTERS), mode);
  const k = width / (to - from);
  const scale = (t: number) => (t - from) * k;
  const invert = (x: number) => from + x / k;
  const scene = layoutTimelineScene({ tracks, scale, invert, width });
  const callouts = layoutQuoteCallouts(scene, width, DAY * k, model.meta.language);
  expect(findSceneViolations({ tracks, scene, scale, t0: from, t1: to, width, callouts, language: model.meta.language })).toEqual([]);
  return { scene, callouts };
}

const bundled = readBundledModel();
const STORY_WEEK = [Date.UTC(2025, 2, 10), Date.UTC(2025, 2, 15)] as const;

describe.skipIf(!bundled)('layoutQuoteCallouts on the bundled model', () => {
  const model = bundled!;

  it('at day zoom shows the opening words of several quotes, Putin’s answer leading its cluster', () => {
    const { callouts } = calloutsOf(model, 'actors', ...STORY_WEEK, 1112);
    expect(callouts.length).toBeGreaterThanOrEqual(3);
    const putin = callouts.find((c) => c.id === 'putin-these-30-days');
    expect(putin?.text).toMatch(/^“These 30 days/u);
    expect(putin?.paraphrase).toBe(false);
    // A paraphrase shows its words without quotation marks.
    for (const callout of callouts.filter((c) => c.paraphrase)) expect(callout.text).not.toMatch(/[“”]/u);
  });

  it('shows none in an overview, where a day is a few pixels', () => {
    const { start, end } = model.extent!;
    const { callouts } = calloutsOf(model, 'actors', start, end, 1112);
    expect((1112 * DAY) / (end - start)).toBeLessThan(SCENE.calloutDayWidth);
    expect(callouts).toEqual([]);
  });

  it('keeps every invariant at any width and zoom from a week to a day, in both modes', () => {
    let shown = 0;
    for (const mode of ['actors', 'compact'] as const)
      for (const width of [294, 390, 650, 1112, 1600])
        for (const days of [1, 2, 5, 9]) {
          const from = Date.UTC(2025, 2, 10);
          shown += calloutsOf(model, mode, from, from + days * DAY, width).callouts.length;
        }
    expect(shown).toBeGreaterThan(20);
  });
});

describe('layoutQuoteCallouts', () => {
  it('gives a lone quote marker its words when nothing follows it on its row', () => {
    const model = loadModel(validModel());
    const statement = [...model.statements.values()][0]!;
    const from = statement.date.start - DAY;
    const { scene, callouts } = calloutsOf(model, 'actors', from, from + 4 * DAY, 1000);
    const mark = scene.marks.find((m) => m.item.id === statement.id);
    expect(mark).toBeDefined();
    const callout = callouts.find((c) => c.id === statement.id);
    expect(callout).toBeDefined();
    expect(callout!.x).toBe(mark!.cx + SCENE.markRadius + SCENE.calloutGap);
    expect(callout!.y).toBe(mark!.y);
  });
});
