import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { storyModel } from '../testing/fixtures/story-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { warningsModel } from '../testing/fixtures/warnings-model.ts';
import type { Model } from './types.ts';
import { explainModel, validateModel } from './validate-model.ts';

type Json = Record<string, unknown>;

// The fields (or lists) that hold an id, a reference or a date: where the checks after the shape look.
const ID_KEYS = new Set(['id', 'actor', 'event', 'speaker', 'source', 'topic', 'statement', 'evidence', 'about', 'affiliations', 'sources', 'actors']);
const DATE_KEYS = new Set(['start', 'end', 'date', 'from', 'to', 'published', 'accessed', 'updated', 'since', 'until']);

/**
 * Every id, reference or date of a file, as the object and key (or array and index) holding it and the
 * id of the entry it is in (so that a slip can make an entry refer to itself).
 */
function slots(node: unknown, keys: ReadonlySet<string>, parentKey = '', owner = '', out: Array<[Json, string, string]> = []): Array<[Json, string, string]> {
  if (typeof node !== 'object' || node === null) return out;
  const id = !Array.isArray(node) && typeof (node as Json).id === 'string' ? ((node as Json).id as string) : owner;
  for (const [key, value] of Object.entries(node)) {
    const field = Array.isArray(node) ? parentKey : key;
    if (typeof value === 'string' && keys.has(field)) out.push([node as Json, key, id]);
    else slots(value, keys, field, id, out);
  }
  return out;
}

const COLLECTIONS = ['actors', 'events', 'statements', 'sources', 'topics', 'positions'] as const;
// Dates that exist, that do not (30 February, month 13, year 0000, hour 25) and ones far apart, so
// that ranges turn around and evidence comes after its position.
const DATES = ['2025-03-11', '2025-03', '2024', '2025-01', '2019-05-05', '2026-01-01', '2025-03-12T09:30+02:00', '2025-02-30', '2025-13', '0000', '2025-03-10T25:00Z', '2025-03-10T10:00+15:00'];

/**
 * A valid file (plain, with warnings, positions or a story) with one to three slips of the kind only
 * the checks after the shape find: an id or reference replaced by another id of the file (a reference
 * to the wrong kind, a duplicate id, an unknown id, an event related to itself), a date by another (an
 * impossible date, a range that ends before it starts, evidence said after its position, two positions
 * from one moment), an entry copied into its own or another collection, an entry removed, or a second
 * selection in the view. Some slips leave the file valid, and some make it one the schema rejects.
 */
const slippedModel = fc
  .tuple(
    // Positions and stories weigh double: they have the most checks of their own.
    fc.constantFrom(validModel, warningsModel, positionsModel, positionsModel, storyModel, storyModel),
    fc.array(fc.tuple(fc.nat(5), fc.nat(), fc.nat(), fc.constantFrom(...COLLECTIONS)), { minLength: 1, maxLength: 3 }),
  )
  .map(([fixture, slips]) => {
    const file = fixture() as unknown as Json;
    const ids = slots(file, new Set(['id'])).map(([node]) => node.id as string);
    // The file's own dates too, so that two positions can come to share a moment.
    const dates = [...DATES, ...slots(file, DATE_KEYS).map(([node, key]) => node[key] as string)];
    for (const [what, a, b, collection] of slips) {
      const places = what === 0 ? slots(file, ID_KEYS) : slots(file, DATE_KEYS);
      if (what <= 2 && places.length > 0) {
        const [node, key, owner] = places[a % places.length]!;
        // Every third id slip makes the entry name itself (an event related to itself).
        node[key] = what >= 1 ? dates[b % dates.length] : b % 3 === 0 ? owner : ids[b % ids.length];
      } else if (what === 3) {
        const from = file[COLLECTIONS[a % COLLECTIONS.length]!];
        const to = (file[collection] ??= []) as unknown[];
        if (Array.isArray(from) && from.length > 0) to.splice(b % (to.length + 1), 0, structuredClone(from[b % from.length]));
      } else if (what === 4) {
        const view = (file.view ?? { from: '2025-03-10', to: '2025-03-12' }) as Json;
        view[(['event', 'statement', 'actor'] as const)[a % 3]!] = ids[b % ids.length];
        file.view = view;
      } else {
        const list = file[collection];
        if (Array.isArray(list) && list.length > 0) list.splice(a % list.length, 1);
      }
    }
    return file;
  });

const plain = (model: Model) => ({ ...model, kindOf: [...model.kindOf], backlinks: [...model.backlinks] });

describe('validateModel: the quick path and the explaining checks agree', () => {
  it('on files with slips of every kind: the same verdict, problems, warnings and model', () => {
    let valid = 0;
    fc.assert(
      fc.property(slippedModel, (file) => {
        // explainModel runs only the explaining checks (and throws if they call valid a file the
        // quick path refuses); validateModel takes the quick path first.
        const explained = explainModel(file);
        for (const warningsWhenValid of [true, false]) {
          const result = validateModel(file, { warningsWhenValid });
          expect(result.ok).toBe(explained.ok);
          if (!result.ok || !explained.ok) {
            expect(result).toEqual(explained);
          } else {
            valid++;
            expect(result.warnings).toEqual(warningsWhenValid ? explained.warnings : []);
            expect(plain(result.model)).toEqual(plain(explained.model));
          }
        }
      }),
      { numRuns: 1000 },
    );
    // Both kinds of file were met: the slips leave some files valid.
    expect(valid).toBeGreaterThan(0);
    // A generous limit: a busy machine takes several times the ~2 s this needs.
  }, 60_000);
});

describe('validateModel: the quick path refuses what the explaining checks report', () => {
  /** A file changed by `edit`: a fresh copy of `fixture` each time. */
  type Editable = Record<(typeof COLLECTIONS)[number], Json[]> & { story: { steps: Json[] }; updated: string };
  const edited = (fixture: () => unknown, edit: (file: Editable) => void) => {
    const file = fixture() as Editable;
    edit(file);
    return file;
  };
  const slips: Record<string, unknown> = {
    // A second entry with an id in use, which leaves every reference good.
    'an id used by an actor and a source': edited(validModel, (f) => { f.sources.push({ id: 'borea', title: 'A second source' }); }),
    'an id used by an event and a statement': edited(validModel, (f) => { f.statements.push({ ...f.statements[1]!, id: 'monitoring' }); }),
    'an id used twice among events': edited(validModel, (f) => { f.events.push({ ...f.events[3]!, title: 'Again' }); }),
    'an id used by a topic and an actor': edited(positionsModel, (f) => { f.topics.push({ id: 'calder', title: 'A third topic' }); }),
    'an id used twice among topics': edited(positionsModel, (f) => { f.topics.push({ id: 'truce', title: 'A third topic' }); }),
    'an id used by a position and a source': edited(positionsModel, (f) => { f.positions.push({ ...f.positions[3]!, id: 'daily-report', date: '2025-04' }); }),
    'an id used twice among positions': edited(positionsModel, (f) => { f.positions.push({ ...f.positions[3]!, date: '2025-04' }); }),
    'an event related to itself': edited(validModel, (f) => { f.events[1]!.related = [{ event: 'evening-call', relation: 'follows' }]; }),
    'an event related to an unknown later one': edited(validModel, (f) => { f.events[0]!.related = [{ event: 'nowhere', relation: 'follows' }]; }),
    'a statement about an unknown id': edited(validModel, (f) => { f.statements[0]!.about = ['nobody']; }),
    'a statement about a source': edited(validModel, (f) => { f.statements[0]!.about = ['daily-report']; }),
    'an affiliation to an event': edited(validModel, (f) => { f.actors[3]!.affiliations = ['monitoring']; }),
    'a story filter that ends before it starts': edited(storyModel, (f) => {
      f.story.steps[1]!.filters = { since: '2025-03-31', until: '2025-03-01' };
    }),
    'a story step that selects two things': edited(storyModel, (f) => { f.story.steps[0]!.actor = 'aster'; }),
    'a story filter naming an event as an actor': edited(storyModel, (f) => { f.story.steps[1]!.filters = { actors: ['monitoring'] }; }),
    'evidence said after the position': edited(positionsModel, (f) => { f.positions[0]!.date = '2025-03-11'; }),
    'two positions of one actor on one topic from one moment': edited(positionsModel, (f) => { f.positions[2]!.date = '2025-03-12T00:00Z'; }),
    'a position on an actor': edited(positionsModel, (f) => { f.positions[0]!.topic = 'borea'; }),
    'an impossible date of publication': edited(validModel, (f) => { f.sources[0]!.published = '2025-02-29'; }),
    'an impossible update date': edited(validModel, (f) => { f.updated = '2025-04-31'; }),
    // Misshapen entries in each collection: the shape check's verdict, zod's problems.
    'an actor of an unknown kind': edited(validModel, (f) => { f.actors[2]!.kind = 'city'; }),
    'an event with an unknown key': edited(validModel, (f) => { f.events[2]!.venue = 'Geneva'; }),
    'a statement whose speaker is a number': edited(validModel, (f) => { f.statements[1]!.speaker = 7; }),
    'a source without a title': edited(validModel, (f) => { delete f.sources[1]!.title; }),
    'a topic without a title': edited(positionsModel, (f) => { delete f.topics[1]!.title; }),
    'a position without evidence': edited(positionsModel, (f) => { f.positions[1]!.evidence = []; }),
    'a hole in the events': edited(validModel, (f) => { f.events.length += 1; }),
    'a duplicate actor id and a misshapen event after it': edited(validModel, (f) => {
      f.actors.push({ ...f.actors[0]! });
      f.events[1]!.participants = 'everyone';
    }),
  };
  for (const [slip, file] of Object.entries(slips)) {
    it(`refuses ${slip}, with the explaining checks' problems`, () => {
      const explained = explainModel(file);
      expect(explained.ok).toBe(false);
      expect(validateModel(file)).toEqual(explained);
      expect(validateModel(file, { warningsWhenValid: false })).toEqual(explained);
    });
  }
});
