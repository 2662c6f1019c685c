import { describe, expect, it } from 'vitest';
import { parseModelText } from './parse-model-text.ts';
import { validateModel } from './validate-model.ts';
import { explainDateMistake } from './explain-date-mistake.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { ModelFile } from './model-file-schema.ts';

/** The messages of the problems at `path` of a changed copy of the valid fixture. */
function messagesAt(path: string, change: (file: ModelFile & Record<string, unknown>) => void): string[] {
  const file = validModel() as ModelFile & Record<string, unknown>;
  change(file);
  const result = validateModel(JSON.parse(JSON.stringify(file)));
  return result.ok ? [] : result.problems.filter((p) => p.path === path && p.severity === 'error').map((p) => p.message);
}

// `as never`: these tests write what the schema forbids, on purpose.
describe('messages that teach (issue 15 §4)', () => {
  it('says a time lacks its UTC offset and shows one', () => {
    expect(messagesAt('events[0].start', (f) => ((f.events ?? [])[0]!.start = '2015-07-14T07:02'))).toEqual([
      'expected a partial date like 2025, 2025-03, 2025-03-13 or 2025-03-13T18:43+03:00, got "2015-07-14T07:02": the UTC offset is missing: write "2015-07-14T07:02Z" for UTC, or the local offset, e.g. "2015-07-14T07:02+02:00"',
    ]);
  });

  it.each([
    ['2015-07-14 07:02+02:00', 'put a "T" between the date and the time: "2015-07-14T07:02+02:00"'],
    ['2015-07-14T07:02+0200', 'write the UTC offset with a colon: "2015-07-14T07:02+02:00"'],
    ['2015-07-14T07:02:00.000Z', 'times stop at the second: "2015-07-14T07:02:00Z"'],
    ['2015-7-4', 'write it as "2015-07-04"'],
    ['2015/07/14', 'write it as "2015-07-14"'],
    ['14.07.2015', 'write dates year first'],
    ['800', 'write the year with four digits: "0800"'],
    ['-0500', 'years before 0001 (BCE) cannot be written'],
  ])('explains the date slip %j', (raw, explanation) => {
    expect(explainDateMistake(raw)).toContain(explanation);
  });

  it('suggests the id of the actor whose name, alias or surname an unknown id is', () => {
    const unknownSpeaker = (speaker: string) => messagesAt('statements[0].speaker', (f) => ((f.statements ?? [])[0]!.speaker = speaker));
    expect(unknownSpeaker('vale')).toEqual([
      'unknown actor id "vale"; expected an actor id — "vale" is the surname of actor "ines-vale" (Ines Vale); did you mean "ines-vale"?',
    ]);
    expect(unknownSpeaker('i-vale')).toEqual([expect.stringContaining('"i-vale" is an alias of actor "ines-vale" (Ines Vale); did you mean "ines-vale"?')]);
    // A name is not even an id: the shape message says whose name it is.
    expect(unknownSpeaker('Oren Bask')).toEqual([expect.stringMatching(/^expected an id .*, got "Oren Bask" — "Oren Bask" is the name of actor "oren-bask" \(Oren Bask\); did you mean "oren-bask"\?$/)]);
    // An id that names nobody keeps the plain "did you mean" of a typo.
    expect(unknownSpeaker('oren-bsk')).toEqual(['unknown actor id "oren-bsk"; expected an actor id — did you mean "oren-bask"?']);
  });

  it('shows the object a participant, a related event and a location are', () => {
    expect(messagesAt('events[0].participants[0]', (f) => ((f.events ?? [])[0]!.participants = ['ines-vale' as never]))).toEqual([
      'expected an object like { "actor": "ines-vale" } (with "role": "…" if it helps), got "ines-vale"',
    ]);
    expect(messagesAt('events[1].related[0]', (f) => ((f.events ?? [])[1]!.related = ['harbour-talks' as never]))).toEqual([
      'expected an object like { "event": "harbour-talks", "relation": "follows" }, got "harbour-talks"',
    ]);
    expect(messagesAt('events[0].location', (f) => ((f.events ?? [])[0]!.location = 'Port Lune' as never))).toEqual([
      'expected an object like { "name": "Port Lune" } (with "lat" and "lon" if known), got "Port Lune"',
    ]);
  });

  it('tells a statement’s source from an event’s sources', () => {
    expect(messagesAt('statements[0].source', (f) => ((f.statements ?? [])[0]!.source = 'communique' as never))).toEqual([
      'expected an object like { "source": "communique", "locator": "…" }, got "communique": a statement\'s "source" names one source with an optional locator, while an event\'s "sources" is a list of ids',
    ]);
    expect(messagesAt('statements[0].source', (f) => ((f.statements ?? [])[0]!.source = ['communique'] as never))).toEqual([
      expect.stringContaining('a statement has one source; only an event\'s "sources" is a list'),
    ]);
    expect(messagesAt('events[0].sources[0]', (f) => ((f.events ?? [])[0]!.sources = [{ source: 'communique', locator: 'p. 2' } as never]))).toEqual([
      'expected a source id like "communique", got an object: an event\'s "sources" is a list of ids; the { "source": …, "locator": … } form is a statement\'s "source"',
    ]);
    expect(messagesAt('events[0].sources', (f) => ((f.events ?? [])[0]!.sources = 'communique' as never))).toEqual(['expected a list like ["communique"], got "communique"']);
  });

  it('calls a trailing comma a trailing comma, at the comma', () => {
    const result = parseModelText('{\n  "format": "parley/1",\n  "events": [\n    {"id": "a"},\n  ]\n}');
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'invalid JSON at line 4, column 16: trailing comma before "]": JSON allows no comma after the last item; remove it',
    ]);
  });
});
