import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { storyModel } from '../testing/fixtures/story-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import type { ModelFile } from './model-file-schema.ts';
import { joinStrings } from './join-strings.ts';
import { packModel, packModelInParts, type ModelPackPart } from './pack-model.ts';
import { AWAITING_PART, takeParts, unpackModel, unpackModelInSteps } from './unpack-model.ts';
import type { Model } from './types.ts';

/** The model as plain data, lazy maps included, for a deep comparison; the indexes as entries, so their order counts too. */
function plain(model: Model) {
  return {
    ...model, kindOf: [...model.kindOf], backlinks: [...model.backlinks], eventsByActor: [...model.eventsByActor],
    statementsBySpeaker: [...model.statementsBySpeaker], statementsAtEvent: [...model.statementsAtEvent], statementsAbout: [...model.statementsAbout],
  };
}

/** Packs, copies the pack as postMessage would (structured clone, buffers moved), and unpacks. */
function roundTrip(model: Model): Model {
  const { pack, transfer } = packModel(model);
  return unpackModel(structuredClone(pack, { transfer }));
}

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
const text = fc.string({ minLength: 1, maxLength: 12 });
const day = fc.date({ min: new Date('0001-01-01T00:00Z'), max: new Date('9999-12-31T00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const partialDate = fc.oneof(
  day.map((iso) => iso.slice(0, 4)),
  day.map((iso) => iso.slice(0, 7)),
  day.map((iso) => iso.slice(0, 10)),
  fc.tuple(day, fc.constantFrom('Z', '+03:00', '-05:30')).map(([iso, offset]) => `${iso.slice(0, 16)}${offset}`),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as a file would leave them out. */
const compact = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A valid model file with every optional field sometimes there and sometimes not. */
const validFile: fc.Arbitrary<ModelFile> = fc
  .uniqueArray(id, { minLength: 4, maxLength: 30 })
  .chain((ids) => {
    const [actorIds, eventIds, statementIds, sourceIds] = [0, 1, 2, 3].map((k) => ids.filter((_, i) => i % 4 === k)) as [string[], string[], string[], string[]];
    const some = (pool: string[]): fc.Arbitrary<string[]> => (pool.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 }));
    const one = (pool: string[]) => (pool.length === 0 ? fc.constant(undefined) : optional(fc.constantFrom(...pool)));
    const actor = (actorId: string) => fc.record({
      id: fc.constant(actorId), name: text, kind: fc.constantFrom('person', 'state', 'organization', 'group'),
      title: optional(text), affiliations: optional(some(actorIds.filter((x) => x !== actorId))), aliases: optional(fc.array(text, { maxLength: 2 })),
      description: optional(text),
    });
    const event = (eventId: string) => fc.record({
      id: fc.constant(eventId), title: text, start: partialDate, order: optional(fc.integer({ min: -3, max: 3 })), kind: fc.constantFrom('talks', 'call', 'visit'), summary: optional(text),
      location: optional(fc.record({ name: text, lat: optional(fc.double({ min: -90, max: 90, noNaN: true })), lon: optional(fc.double({ min: -180, max: 180, noNaN: true })) })),
      participants: optional(some(actorIds).chain((actors) => fc.tuple(...actors.map((actor) => fc.record({ actor: fc.constant(actor), role: optional(fc.constantFrom('host', 'guest')) }))))),
      sources: optional(some(sourceIds)),
      related: optional(some(eventIds.filter((x) => x !== eventId)).map((events) => events.map((e) => ({ event: e, relation: 'follows' })))),
      note: optional(text),
    });
    const statement = (statementId: string) => fc.record({
      id: fc.constant(statementId), speaker: fc.constantFrom(...actorIds), date: partialDate, order: optional(fc.integer({ min: -3, max: 3 })), text, mode: fc.constantFrom('verbatim', 'paraphrase'),
      event: one(eventIds), about: optional(some([...eventIds, ...actorIds, ...statementIds])), language: optional(fc.constantFrom('en', 'uk', 'pt-BR')),
      translated: optional(fc.boolean()), setting: optional(text),
      source: sourceIds.length === 0 ? fc.constant(undefined) : optional(fc.record({ source: fc.constantFrom(...sourceIds), locator: optional(text) })),
      note: optional(text),
    });
    const source = (sourceId: string) => fc.record({
      id: fc.constant(sourceId), title: text, publisher: optional(text), url: optional(fc.constant('https://example.org/a')),
      archived: optional(fc.constant('http://archive.example/a')), published: optional(partialDate), accessed: optional(partialDate),
    });
    return fc.record({
      format: fc.constant('parley/1' as const), id: fc.constant('generated'), title: text, description: text, language: fc.constant('en'),
      updated: partialDate, license: optional(text),
      actors: fc.tuple(...actorIds.map(actor)),
      events: fc.tuple(...eventIds.map(event)),
      statements: actorIds.length === 0 ? fc.constant([]) : fc.tuple(...statementIds.map(statement)),
      sources: fc.tuple(...sourceIds.map(source)),
    });
  })
  .map((file) => compact(file) as ModelFile);

describe('packModel and unpackModel', () => {
  it('give back the same model for the fixtures and the bundled model', () => {
    const models = [loadModel(validModel()), loadModel(positionsModel()), readBundledModel()].filter((m): m is Model => m !== undefined);
    expect(models.length).toBeGreaterThanOrEqual(2);
    for (const model of models) expect(plain(roundTrip(model))).toEqual(plain(model));
  });

  it('give back the same model for any valid file', () => {
    fc.assert(
      fc.property(validFile, (file) => {
        const model = loadModel(file);
        expect(plain(roundTrip(model))).toEqual(plain(model));
      }),
      { numRuns: 100 },
    );
    // A generous limit: a busy machine takes several times the ~1 s this needs.
  }, 30_000);

  it('give each reference the very string of the id it names, and each date one object', () => {
    const model = loadModel(validModel());
    const { pack } = packModel(model);
    const strings = pack.parts.flatMap((part) => part.strings as string[]);
    // Repeated values (kinds, roles, quotes) are stored once; ids once each, with no lookup.
    const repeated = strings.filter((value, i) => strings.indexOf(value) !== i);
    expect(new Set(repeated).size).toBeLessThanOrEqual(1);
    const unpacked = roundTrip(model);
    const actorIds = [...unpacked.actors.keys()];
    const eventIds = [...unpacked.events.keys()];
    const sourceIds = [...unpacked.sources.keys()];
    for (const event of unpacked.events.values()) {
      for (const p of event.participants) expect(actorIds.some((id) => Object.is(id, p.actor))).toBe(true);
      for (const r of event.related) expect(eventIds.some((id) => Object.is(id, r.event))).toBe(true);
      for (const s of event.sources) expect(sourceIds.some((id) => Object.is(id, s))).toBe(true);
    }
    const statement = [...unpacked.statements.values()].find((s) => s.event !== undefined);
    expect(eventIds.some((id) => Object.is(id, statement?.event))).toBe(true);
    // The same date object serves every field that names the same date.
    const dates = [...unpacked.events.values()].map((e) => e.start);
    for (const a of dates) for (const b of dates) if (a.raw === b.raw) expect(a).toBe(b);
  });

  it('store references as rows of the table they name, and keep one that names no row as its string', () => {
    const model = loadModel(validModel());
    const { pack } = packModel(model);
    const [events] = pack.parts;
    const actorRow = (id: string) => [...model.actors.keys()].indexOf(id as never);
    const first = [...model.events.values()].find((e) => e.participants.length > 0)!;
    const row = [...model.events.keys()].indexOf(first.id);
    const from = events.events.participants.offsets[row]!;
    expect(events.events.participants.values[from]).toBe(actorRow(first.participants[0]!.actor));
    expect([...events.eventOrder]).toEqual(model.eventOrder.map((id) => [...model.events.keys()].indexOf(id)));
    // A model built by hand (not through the validator) may name an id no table has: it still round-trips.
    const [firstEvent] = model.events.values();
    const dangling = {
      ...model,
      events: new Map([...model.events].map(([key, e]) => [key, e === firstEvent ? { ...e, participants: [{ actor: 'nobody' }], related: [{ event: 'nowhere', relation: 'follows' }] } : e])),
    } as Model;
    // (The indexes are rebuilt from the tables on the page, so only the table is compared.)
    expect(roundTrip(dangling).events).toEqual(dangling.events);
  });

  it('carry fields they have no column for, so a field added to the model is not lost on the way', () => {
    const model = loadModel(validModel());
    const withExtras = {
      ...model,
      events: new Map([...model.events].map(([key, event], i) => [key, i === 1 ? { ...event, order: 7 } : event])),
      laterField: { lanes: 'compact' },
    } as Model;
    const back = roundTrip(withExtras) as Model & { laterField?: unknown };
    expect([...back.events.values()][1]).toMatchObject({ order: 7 });
    expect(back.laterField).toEqual({ lanes: 'compact' });
  });

  it('move the order of events and statements that start together in columns, not among the extras', () => {
    const file = validModel();
    file.events = file.events!.map((e, i) => ({ ...e, order: i }));
    file.statements = file.statements!.map((st, i) => (i === 0 ? { ...st, order: 2 } : st));
    const model = loadModel(file);
    const { pack } = packModel(model);
    expect(pack.parts[0].extras.events).toEqual([]);
    expect(pack.parts[1].extras.statements).toEqual([]);
    const back = roundTrip(model);
    expect([...back.events.values()].map((e) => e.order)).toEqual(file.events.map((_, i) => i));
    expect([...back.statements.values()][0]?.order).toBe(2);
    expect(plain(back)).toEqual(plain(model));
  });

  it('carry the curator\'s opening view, window and selection, to the page', () => {
    const file = validModel();
    file.view = { from: '2025-03-10', to: '2025-03-16', statement: 'bask-reply' };
    const model = loadModel(file);
    expect(model.view?.selection).toEqual({ kind: 'statement', id: 'bask-reply' });
    const back = roundTrip(model);
    expect(back.view).toEqual(model.view);
    expect(plain(back)).toEqual(plain(model));
  });

  it('carry the curator\'s story, every step with its window, selection and filters', () => {
    const model = loadModel(storyModel());
    expect(model.story).toHaveLength(2);
    const back = roundTrip(model);
    expect(back.story).toEqual(model.story);
    expect(plain(back)).toEqual(plain(model));
  });

  it('move every table in typed arrays whose buffers can be transferred', () => {
    const { pack, transfer } = packModel(loadModel(validModel()));
    expect(transfer.length).toBeGreaterThan(20);
    expect(pack.parts[0].events.spanStart).toBeInstanceOf(Float64Array);
    const moved = structuredClone(pack, { transfer });
    expect(moved.parts[0].events.id.length).toBe(4);
    expect(pack.parts[0].events.id.length).toBe(0);
  });

  it('unpack in steps that report progress from 0 to 1', () => {
    const file = validModel();
    const many = Array.from({ length: 5_000 }, (_, i) => ({ ...file.events![0]!, id: `talks-${i}`, related: undefined }));
    const model = loadModel({ ...file, events: [...file.events!, ...many] });
    const steps = unpackModelInSteps(takeParts(packModel(model).pack));
    const progress: number[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((p) => p >= 0 && p < 1)).toBe(true);
    expect(step.value.events.size).toBe(5_004);
    // The indexes, built a slice at a time, are the whole model's.
    expect(plain(step.value)).toEqual(plain(model));
  });

  it('rebuild the first part while the second is on its way, and give the same model from joined strings', () => {
    fc.assert(
      fc.property(validFile, fc.nat({ max: 5 }), (file, wait) => {
        const model = loadModel(file);
        const made = packModelInParts(model);
        // Parts as they travel: strings joined, buffers moved, each arriving only when asked for after `wait` misses.
        const arrive = (): ModelPackPart | undefined => {
          const next = made.next();
          if (next.done) return undefined;
          const { part, transfer } = next.value;
          const strings = joinStrings(part.strings as string[]);
          return structuredClone({ ...part, strings }, { transfer: [...transfer, strings.ends.buffer] }) as ModelPackPart;
        };
        let misses = 0;
        let waited = 0;
        const steps = unpackModelInSteps(() => (misses++ < wait ? undefined : ((misses = 0), arrive())));
        let step = steps.next();
        while (!step.done) {
          if (step.value === AWAITING_PART) waited++;
          step = steps.next();
        }
        // It asked again for each part it had to wait for.
        expect(waited).toBe(wait * 2);
        expect(plain(step.value)).toEqual(plain(model));
      }),
      { numRuns: 50 },
    );
  }, 30_000);

  it('refuse parts in the wrong order', () => {
    const { pack } = packModel(loadModel(validModel()));
    const steps = unpackModelInSteps(takeParts({ parts: [pack.parts[1], pack.parts[0]] } as never));
    expect(() => [...steps]).toThrow('Expected the events part of the model, got the statements part');
  });
});
