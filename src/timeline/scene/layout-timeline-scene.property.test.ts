import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../model/model-file-schema';
import { parsePartialDate } from '../../model/partial-date';
import type { Model } from '../../model/types';
import { selectVisibleItems } from '../../selectors/select-visible-items';
import { findSceneViolations } from '../../testing/find-scene-violations';
import { loadModel } from '../../testing/load-model';
import { createTimeScale } from '../layout/create-time-scale';
import { transformForWindow } from '../layout/transform-for-window';
import { rescaleTime, type ViewTransform } from '../layout/view-transform';
import { zoomScaleExtent } from '../layout/zoom-scale-extent';
import { buildTimelineTracks, type TimelineTracks, type TrackMode } from './build-timeline-tracks';
import { layoutQuoteCallouts } from './layout-quote-callouts';
import { layoutTimelineScene, layoutTimelineSceneInSteps } from './layout-timeline-scene';
import { listClusterIds, planClusterZoom } from './plan-cluster-zoom';

const DAY = 86_400_000;
/** More runs on demand: `SCENE_RUNS=20000 npx vitest run …property`. */
const RUNS = Number(process.env.SCENE_RUNS ?? 0) || undefined;
const TIMEOUT = RUNS ? RUNS * 50 : 120_000;
const NO_FILTERS = { actorFilter: [], kindFilter: [], verbatimOnly: false, dateFilter: {} };
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';
const OFFSETS = ['Z', '+03:00', '-04:00', '+05:30', '+14:00', '-14:00'];

/** A calendar day as `days` after 1 January of `year`, in the proleptic Gregorian calendar. */
function dayAfter(year: number, days: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1 + days);
  return date;
}

/** The day written at `precision`, with a clock time and a UTC offset when it is a moment. */
function writeDate(day: Date, precision: Precision, minuteOfDay: number, second: number, offset: string): string {
  const y = pad(day.getUTCFullYear(), 4);
  if (precision === 'year') return y;
  const m = `${y}-${pad(day.getUTCMonth() + 1)}`;
  if (precision === 'month') return m;
  const d = `${m}-${pad(day.getUTCDate())}`;
  if (precision === 'day') return d;
  const clock = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
  return `${d}T${clock}${precision === 'second' ? `:${pad(second)}` : ''}${offset}`;
}

/** A quote's words: short or long, plain or odd (astral characters, runs of white space, no spaces at all). */
const quoteText = fc.oneof(
  fc.constantFrom('These 30 days – how will they be used?', 'Yes.', 'The ball is now in their court, and we will see whether they want peace or not.'),
  fc.array(fc.constantFrom('ceasefire', 'a', 'talks,', '–', '𝔄𝔅𝔆', 'Unprecedentedly-long-compound', '\n', 'we'), { minLength: 1, maxLength: 40 }).map((w) => w.join(' ')),
  fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== ''),
);

const precision = fc.constantFrom<Precision>('year', 'month', 'day', 'day', 'day', 'minute', 'minute', 'second');

/** One event's date, `day` days into the era: often on the same few days, often at the same minute. */
const eventDate = (spreadDays: number) =>
  fc.record({
    day: fc.integer({ min: 0, max: spreadDays }),
    precision,
    minute: fc.oneof(fc.constant(12 * 60), fc.integer({ min: 0, max: 24 * 60 - 1 })),
    second: fc.integer({ min: 0, max: 59 }),
    offset: fc.constantFrom(...OFFSETS),
    end: fc.option(fc.record({ days: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 800 })), precision }), { freq: 3 }),
  });

/**
 * A valid model in a random era (years 0001–9999): a handful of actors, events at every precision,
 * some of them ranges, on days drawn from a short or a long stretch, and statements on those days.
 */
const generatedModel = fc
  .record({
    spreadDays: fc.constantFrom(0, 3, 40, 400, 20_000),
    actors: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ spreadDays, actors }) =>
    fc.record({
      era: fc.integer({ min: 1, max: 9999 - Math.ceil((spreadDays + 900) / 365) }),
      actors: fc.constant(actors),
      events: fc.array(fc.record({ date: eventDate(spreadDays), participants: fc.subarray([...Array(actors).keys()]) }), { minLength: 1, maxLength: 40 }),
      statements: fc.array(fc.record({ event: fc.nat(), speaker: fc.nat(), sameDate: fc.boolean(), date: eventDate(spreadDays), text: quoteText, paraphrase: fc.boolean() }), { maxLength: 15 }),
      language: fc.constantFrom('en', 'fr', 'de', 'ja'),
    }),
  )
  .map(({ era, actors, events, statements, language }): ModelFile => {
    const write = (date: { day: number; precision: Precision; minute: number; second: number; offset: string }) => writeDate(dayAfter(era, date.day), date.precision, date.minute, date.second, date.offset);
    const file: ModelFile = {
      format: 'parley/1', id: 'generated', title: 'Generated', description: 'A generated model.', language, updated: '2025',
      actors: Array.from({ length: actors }, (_, a) => ({ id: `actor-${a}`, name: `Actor ${a}`, kind: 'state' as const })),
      events: events.map(({ date, participants }, i) => {
        const start = write(date);
        let end: string | undefined;
        if (date.end) {
          const candidate = writeDate(dayAfter(era, date.day + date.end.days), date.end.precision, date.minute, date.second, date.offset);
          // An end may not lie before the start (an offset can move a clock time back across midnight).
          if (parsePartialDate(candidate)!.end > parsePartialDate(start)!.start) end = candidate;
        }
        return { id: `event-${i}`, title: `Event ${i} with a title of some length`, start, ...(end ? { end } : {}), kind: ['talks', 'call', 'meeting'][i % 3]!, participants: participants.map((a) => ({ actor: `actor-${a}` })) };
      }),
      statements: statements.map((s, i) => {
        const event = events[s.event % events.length]!;
        return { id: `said-${i}`, speaker: `actor-${s.speaker % actors}`, date: write(s.sameDate ? event.date : s.date), text: s.text, mode: s.paraphrase ? ('paraphrase' as const) : ('verbatim' as const), event: `event-${s.event % events.length}` };
      }),
    };
    return file;
  });

/** What the timeline lays out for a transform of the base scale: the same plain linear mapping. */
function layoutAt(tracks: TimelineTracks, base: ReturnType<typeof createTimeScale>, transform: ViewTransform, width: number, emphasisId?: string) {
  const zoomed = rescaleTime(base, transform);
  const [d0, d1] = zoomed.domain().map((d) => d.getTime()) as [number, number];
  const k = width / (d1 - d0);
  const scale = (time: number) => (time - d0) * k;
  const invert = (x: number) => zoomed.invert(x).getTime();
  const scene = layoutTimelineScene({ tracks, scale, invert, width, ...(emphasisId ? { emphasisId } : {}) });
  return { scene, scale, t0: invert(0), t1: invert(width), dayWidth: DAY * k };
}

const view = fc.record({
  mode: fc.constantFrom<TrackMode>('actors', 'compact'),
  width: fc.oneof(fc.constantFrom(200, 294, 1112), fc.integer({ min: 120, max: 1600 })),
  /** How far in, from 0 (everything) to 1 (the deepest zoom), on a log scale. */
  depth: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  /** Which event the window is centred on, and how far off it. */
  around: fc.nat(),
  shift: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  emphasis: fc.option(fc.nat(), { freq: 4 }),
});

type View = typeof view extends fc.Arbitrary<infer T> ? T : never;

function viewOf(model: Model, v: View) {
  const tracks = buildTimelineTracks(model, selectVisibleItems(model, NO_FILTERS), v.mode);
  const base = createTimeScale(model.extent!, v.width);
  const [kMin, kMax] = zoomScaleExtent(base);
  const k = kMin * (kMax / kMin) ** v.depth;
  const event = model.events.get(model.eventOrder[v.around % model.eventOrder.length]!)!;
  const [b0, b1] = base.domain().map((d) => d.getTime()) as [number, number];
  const length = (b1 - b0) / k;
  const centre = (event.span.start + event.span.end) / 2 + v.shift * length;
  const transform = transformForWindow(base, centre - length / 2, centre + length / 2);
  const emphasisId = v.emphasis === null ? undefined : model.eventOrder[v.emphasis % model.eventOrder.length];
  return { tracks, base, transform, emphasisId, scaleExtent: [kMin, kMax] as const };
}

describe('layoutTimelineScene on generated models (any era, precision, span and zoom)', () => {
  it('keeps every scene invariant, quote callouts included', () => {
    let callouts = 0;
    fc.assert(
      fc.property(generatedModel, view, (file, v) => {
        const model = loadModel(file);
        const { tracks, base, transform, emphasisId } = viewOf(model, v);
        const { scene, scale, t0, t1, dayWidth } = layoutAt(tracks, base, transform, v.width, emphasisId);
        const language = model.meta.language;
        const laidOut = layoutQuoteCallouts(scene, v.width, dayWidth, language);
        callouts += laidOut.length;
        expect(findSceneViolations({ tracks, scene, scale, t0, t1, width: v.width, emphasisId, callouts: laidOut, language })).toEqual([]);
      }),
      { numRuns: RUNS ?? 400 },
    );
    // The callout invariants were put to the test, not passed by scenes without callouts.
    expect(callouts).toBeGreaterThan(20);
  }, TIMEOUT);

  it('"zoom in" on a cluster goes to a window where its items come apart, unless no zoom can part them', () => {
    let zoomed = 0;
    let listed = 0;
    fc.assert(
      fc.property(generatedModel, view, (file, v) => {
        const model = loadModel(file);
        const { tracks, base, transform, scaleExtent } = viewOf(model, v);
        const { scene } = layoutAt(tracks, base, transform, v.width);
        for (const cluster of scene.clusters.slice(0, 4)) {
          const plan = planClusterZoom({ tracks, base, transform, scaleExtent, width: v.width, cluster });
          const members = listClusterIds(cluster);
          const lane = cluster.kind === 'event' ? tracks.tracks[cluster.lane]!.events : tracks.tracks[cluster.lane]!.statements;
          if (plan) {
            zoomed++;
            expect(plan.k).toBeGreaterThan(transform.k);
            // Checked on the whole scene, not the lane the plan laid out alone.
            const after = layoutAt(tracks, base, plan, v.width);
            const inView = lane.filter((item) => members.includes(item.id) && item.span.end > after.t0 && item.span.start < after.t1).map((item) => item.id);
            expect(inView.length).toBeGreaterThanOrEqual(2);
            const together = after.scene.clusters.some((c) => c.lane === cluster.lane && c.kind === cluster.kind && inView.every((id) => listClusterIds(c).includes(id)));
            expect(together, `${cluster.kind} cluster of ${members.join(', ')} in lane ${cluster.lane}`).toBe(false);
          } else {
            listed++;
            // Listed instead: at the deepest zoom on the cluster, its items are still counted together.
            const centre = rescaleTime(base, transform).invert(cluster.cx).getTime();
            const deepest = transformForWindow(base, centre - 1, centre + 1, scaleExtent);
            const at = layoutAt(tracks, base, deepest, v.width);
            const inView = lane.filter((item) => members.includes(item.id) && item.span.end > at.t0 && item.span.start < at.t1).map((item) => item.id);
            if (cluster.separable) expect(inView.length < 2 || at.scene.clusters.some((c) => c.lane === cluster.lane && inView.every((id) => listClusterIds(c).includes(id))), `${members.join(', ')} could be parted`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS ?? 300 },
    );
    if (process.env.SCENE_RUNS) console.log({ zoomed, listed });
    // Most clusters open by zooming; listing is for what no zoom parts.
    expect(zoomed).toBeGreaterThan(listed);
  }, TIMEOUT);
});

describe('layoutTimelineSceneInSteps', () => {
  it('lays out the same scene in slices of any size as in one piece', () => {
    let yields = 0;
    fc.assert(
      fc.property(generatedModel, view, fc.integer({ min: 1, max: 9 }), (file, v, step) => {
        const model = loadModel(file);
        const { tracks, base, transform, emphasisId } = viewOf(model, v);
        const { scene, scale } = layoutAt(tracks, base, transform, v.width, emphasisId);
        const invert = (x: number) => rescaleTime(base, transform).invert(x).getTime();
        const steps = layoutTimelineSceneInSteps({ tracks, scale, invert, width: v.width, ...(emphasisId ? { emphasisId } : {}) }, step);
        let next = steps.next();
        for (; !next.done; next = steps.next()) yields++;
        expect(next.value).toEqual(scene);
      }),
      { numRuns: RUNS ?? 200 },
    );
    // The slices were cut: clusters and measures carried over from one range to the next.
    expect(yields).toBeGreaterThan(200);
  }, TIMEOUT);
});

describe('layoutTimelineScene in every era', () => {
  it.each([1, 99, 100, 800, 1850, 1962, 1969, 1970, 2025, 9999])('draws a model in year %i at its dates', (year) => {
    const y = pad(year, 4);
    const file: ModelFile = {
      format: 'parley/1', id: 'era', title: 'Era', description: 'd', language: 'en', updated: '2025',
      actors: [{ id: 'a', name: 'Alpha', kind: 'state' }, { id: 'b', name: 'Beta', kind: 'state' }],
      events: [
        { id: 'e1', title: 'First meeting', start: `${y}-10-16`, kind: 'meeting', participants: [{ actor: 'a' }, { actor: 'b' }] },
        { id: 'e2', title: 'Evening address', start: `${y}-10-22T19:00-04:00`, kind: 'statement', participants: [{ actor: 'a' }] },
        { id: 'e3', title: 'Second meeting', start: `${y}-10-27`, kind: 'meeting', participants: [{ actor: 'b' }] },
      ],
    };
    const model = loadModel(file);
    for (const id of ['e1', 'e3']) {
      const span = model.events.get(id as never)!.span;
      expect(span.end - span.start, id).toBe(DAY);
    }
    for (const mode of ['actors', 'compact'] as const) {
      const tracks = buildTimelineTracks(model, selectVisibleItems(model, NO_FILTERS), mode);
      const base = createTimeScale(model.extent!, 1000);
      const { scene, scale, t0, t1 } = layoutAt(tracks, base, { k: 1, x: 0, y: 0 }, 1000);
      expect(findSceneViolations({ tracks, scene, scale, t0, t1, width: 1000 })).toEqual([]);
      expect(scene.clusters).toEqual([]);
      const first = scene.marks.find((m) => m.item.id === 'e1')!;
      expect(first.isBand).toBe(true);
      expect(first.x1 - first.x0).toBeCloseTo(scale(DAY) - scale(0));
      expect(scene.positionOf.get('e2' as never)!.x).toBeCloseTo(scale(parsePartialDate(`${y}-10-22T23:00Z`)!.start + 30_000));
    }
  });
});
