import { describe, expect, it } from 'vitest';
import { brokenReferenceModel } from '../testing/fixtures/broken-reference-model.ts';
import { duplicateIdModel } from '../testing/fixtures/duplicate-id-model.ts';
import { impossibleDateModel } from '../testing/fixtures/impossible-date-model.ts';
import { minimalModel } from '../testing/fixtures/minimal-model.ts';
import { misshapenModel } from '../testing/fixtures/misshapen-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { warningsModel } from '../testing/fixtures/warnings-model.ts';
import type { ModelProblem } from './types.ts';
import { validateModel } from './validate-model.ts';

function problemsOf(json: unknown): readonly ModelProblem[] {
  const result = validateModel(json);
  return result.ok ? result.warnings : result.problems;
}

function only(json: unknown, path: string): ModelProblem {
  const found = problemsOf(json).filter((p) => p.path === path);
  expect(found, `problems at ${path}: ${JSON.stringify(problemsOf(json))}`).toHaveLength(1);
  return found[0] as ModelProblem;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary paths of the JSON.
type LooseJson = Record<string, any>;

/** The valid model with one change made by `edit`. */
function edited(edit: (model: LooseJson) => void): unknown {
  const model = validModel() as LooseJson;
  edit(model);
  return model;
}

describe('validateModel', () => {
  it('accepts the minimal model', () => {
    const result = validateModel(minimalModel());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.events.size).toBe(0);
  });

  it('accepts the valid model without warnings', () => {
    const result = validateModel(validModel());
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('rejects a root that is not an object, at the empty path', () => {
    expect(problemsOf([])).toEqual([
      { severity: 'error', path: '', message: 'expected a JSON object with "format": "parley/1", got an empty array' },
    ]);
  });

  it('reports a missing required key at its path, naming what was expected', () => {
    const problem = only(edited((m) => delete m.events[2].start), 'events[2].start');
    expect(problem.message).toMatch(/^missing required key "start"; expected a partial date like 2025/);
  });

  it('reports a missing format key as missing, not as a wrong value', () => {
    expect(only(edited((m) => delete m.format), 'format').message).toBe('missing required key "format"; expected "parley/1"');
  });

  it('reports a wrong format version with the expected value', () => {
    expect(only(edited((m) => (m.format = 'parley/2')), 'format').message).toBe('expected "parley/1", got "parley/2"');
  });

  it('reports a malformed date in curator terms', () => {
    expect(only(misshapenModel(), 'statements[0].date').message).toBe(
      'expected a partial date like 2025, 2025-03, 2025-03-13 or 2025-03-13T18:43+03:00, got "13/03/2025": write dates year first, as YYYY-MM-DD (e.g. 2025-03-13): which of these numbers is the day cannot be told',
    );
  });

  it('reports a date written as a number as a date problem', () => {
    expect(only(edited((m) => (m.events[0].start = 2025)), 'events[0].start').message).toMatch(/^expected a partial date .*, got 2025$/);
  });

  it('reports an unknown key at the key itself, with the keys it allows', () => {
    const problem = only(misshapenModel(), 'events[0].titel');
    expect(problem.message).toMatch(/^unknown key "titel"; expected only id, title, start/);
    expect(problem.message).toContain('did you mean "title"?');
  });

  it('reports unknown keys at the root, nested objects and a __proto__ key', () => {
    const json = JSON.parse(JSON.stringify(validModel()).replace('"location":{', '"location":{"__proto__":{"x":1},"town":"x",'));
    json.extra = true;
    const paths = problemsOf(json).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['events[0].location.__proto__', 'events[0].location.town', 'extra']));
  });

  it('rejects javascript:, data: and relative URLs', () => {
    const json = edited((m) => {
      m.sources[0].url = 'data:text/html,hi';
      m.sources[0].archived = '/relative/page';
      // eslint-disable-next-line no-script-url, no-restricted-syntax -- the validator must reject exactly this.
      m.sources[1].url = 'javascript:alert(1)';
    });
    expect(only(json, 'sources[0].url').message).toMatch(/^expected an absolute http or https URL .*, got "data:text\/html,hi"$/);
    expect(only(json, 'sources[0].archived').message).toContain('got "/relative/page"');
    expect(only(json, 'sources[1].url').message).toContain('got "javascript:alert(1)"');
  });

  it('rejects an actor kind outside the list, suggesting the closest', () => {
    const problem = only(edited((m) => (m.actors[0].kind = 'stat')), 'actors[0].kind');
    expect(problem.message).toBe('expected "person", "state", "organization" or "group", got "stat" — did you mean "state"?');
  });

  it('rejects ids that are not slugs or longer than 64 characters', () => {
    const json = edited((m) => {
      m.actors[0].id = 'Aster';
      m.actors[1].id = 'b'.repeat(65);
    });
    expect(only(json, 'actors[0].id').message).toMatch(/^expected an id of lowercase letters.*got "Aster"$/);
    expect(only(json, 'actors[1].id').message).toBe('expected at most 64 characters, got 65');
  });

  it('rejects empty strings, out-of-range coordinates and wrong types', () => {
    const json = edited((m) => {
      m.events[0].title = '';
      m.events[0].location.lat = 91;
      m.statements[0].translated = 'no';
      m.actors = {};
    });
    expect(only(json, 'events[0].title').message).toBe('expected a non-empty string, got an empty string');
    expect(only(json, 'events[0].location.lat').message).toBe('expected a number ≤ 90, got 91');
    expect(only(json, 'statements[0].translated').message).toBe('expected true or false, got "no"');
    expect(only(json, 'actors').message).toBe('expected an array, got an object');
  });

  it('rejects a language that is not a BCP 47 tag', () => {
    expect(only(edited((m) => (m.language = 'English')), 'language').message).toMatch(/^expected a BCP 47 language tag/);
  });

  it('reports a duplicate id at its second occurrence, naming the first', () => {
    expect(only(duplicateIdModel(), 'sources[1].id').message).toBe(
      'duplicate id "evening-call", already used by the event at events[1].id; expected ids to be unique across actors, events, statements, sources, topics and positions',
    );
  });

  it('reports an unknown speaker with a suggestion among actor ids', () => {
    expect(only(brokenReferenceModel(), 'statements[1].speaker').message).toBe(
      'unknown actor id "oren-bsk"; expected an actor id — did you mean "oren-bask"?',
    );
  });

  it('checks every kind of reference', () => {
    const json = edited((m) => {
      m.actors[3].affiliations = ['astor'];
      m.events[0].participants[1].actor = 'nobody-at-all';
      m.events[0].sources = ['forum-comunique'];
      m.events[1].related[0].event = 'harbor-talks';
      m.statements[0].event = 'harbour-talk';
      m.statements[0].about = ['truce-proposal', 'bora'];
      m.statements[1].source.source = 'daily-reprt';
    });
    expect(only(json, 'actors[3].affiliations[0]').message).toContain('did you mean "aster"?');
    expect(only(json, 'events[0].participants[1].actor').message).toBe('unknown actor id "nobody-at-all"; expected an actor id');
    expect(only(json, 'events[0].sources[0]').message).toContain('did you mean "forum-communique"?');
    expect(only(json, 'events[1].related[0].event').message).toContain('expected an event id — did you mean "harbour-talks"?');
    expect(only(json, 'statements[0].event').message).toContain('did you mean "harbour-talks"?');
    expect(only(json, 'statements[0].about[1]').message).toBe(
      'unknown id "bora"; expected the id of an event, an actor or a statement — did you mean "borea"?',
    );
    expect(only(json, 'statements[1].source.source').message).toContain('did you mean "daily-report"?');
  });

  it('reports a reference to an entity of the wrong kind', () => {
    const json = edited((m) => {
      m.statements[0].speaker = 'harbour-talks';
      m.statements[0].about = ['daily-report'];
    });
    expect(only(json, 'statements[0].speaker').message).toBe('"harbour-talks" is an event id; expected an actor id');
    expect(only(json, 'statements[0].about[0]').message).toBe(
      '"daily-report" is a source id; expected the id of an event, an actor or a statement',
    );
  });

  it('reports an event related to itself', () => {
    expect(only(edited((m) => (m.events[1].related[0].event = 'evening-call')), 'events[1].related[0].event').message).toBe(
      'event "evening-call" is related to itself; expected the id of another event',
    );
  });

  it('reports impossible dates and an end before the start', () => {
    expect(only(impossibleDateModel(), 'events[0].start').message).toMatch(
      /^impossible date "2025-02-30": February 2025 has 28 days, got day 30; expected a partial date/,
    );
    expect(only(impossibleDateModel(), 'events[3].end').message).toBe(
      'end "2025-02" is before start "2025-03-15"; expected an end on or after the start',
    );
  });

  it('accepts an end of coarser precision that contains the start', () => {
    expect(validateModel(edited((m) => (m.events[0].end = '2025-03'))).ok).toBe(true);
  });

  it('checks impossible dates in every date field', () => {
    const json = edited((m) => {
      m.updated = '2025-13';
      m.statements[0].date = '2025-03-12T24:00Z';
      m.sources[0].published = '2025-02-29';
      m.sources[0].accessed = '2025-04-31';
    });
    const paths = problemsOf(json).map((p) => p.path);
    expect(paths).toEqual(['updated', 'statements[0].date', 'sources[0].published', 'sources[0].accessed']);
  });

  it('warns about an unreferenced actor, an unsourced event and a statement outside its occasion', () => {
    const result = validateModel(warningsModel());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      { severity: 'warning', path: 'actors[6].id', message: expect.stringMatching(/^actor "bystander" is not referred to anywhere/) },
      { severity: 'warning', path: 'events[1].sources', message: 'event "evening-call" has no source; expected at least one source id' },
      {
        severity: 'warning',
        path: 'statements[0].date',
        message: 'statement dated "2025-03-19" falls outside its occasion "harbour-talks" (11–12 March 2025); expected a date within the event\'s span',
      },
    ]);
  });

  it('warns about an order on an item that shares its start with no other, where it orders nothing', () => {
    const file = validModel();
    file.events!.push(
      { id: 'day-one', title: 'One', start: '2025-03-20', kind: 'call', order: 1, sources: ['daily-report'] },
      { id: 'day-two', title: 'Two', start: '2025-03-20', kind: 'call', order: 2, sources: ['daily-report'] },
      // The same day, but with a time: it starts later than the dated-only events, so order cannot rank it.
      { id: 'timed', title: 'Timed', start: '2025-03-20T09:00Z', kind: 'call', order: 0, sources: ['daily-report'] },
    );
    file.statements![1]!.order = 3;
    const result = validateModel(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.path)).toEqual(['events[6].order', 'statements[1].order']);
    expect(result.warnings[0]?.message).toBe(
      'event "timed" has an order but no other event starts with it (2025-03-20T09:00Z), so it orders nothing; ' +
        'expected order only on events that start together',
    );
  });

  it('rejects an order that is not a whole number, with its path', () => {
    const json = edited((m) => (m.events[0].order = 1.5));
    expect(problemsOf(json)).toEqual([
      { severity: 'error', path: 'events[0].order', message: expect.stringMatching(/whole number/) },
    ]);
  });

  it('leaves out a valid file\'s warnings when asked to (the app), but not those beside errors', () => {
    const valid = validateModel(warningsModel(), { warningsWhenValid: false });
    expect(valid).toMatchObject({ ok: true, warnings: [] });
    const broken = warningsModel();
    broken.statements![0]!.speaker = 'nobody';
    const invalid = validateModel(broken, { warningsWhenValid: false });
    expect(invalid.ok).toBe(false);
    if (invalid.ok) return;
    expect(invalid.problems.filter((p) => p.severity === 'warning').map((p) => p.path)).toContain('events[1].sources');
  });

  it('lists errors in document order, then warnings', () => {
    const json = edited((m) => {
      m.sources[1].url = 'ftp://x';
      m.statements[1].speaker = 'nobody';
      m.events[1].sources = [];
      m.actors[0].kind = 'planet';
      m.events[2].start = '2025-02-30';
    });
    expect(problemsOf(json).map((p) => `${p.severity} ${p.path}`)).toEqual([
      'error actors[0].kind',
      'error events[2].start',
      'error statements[1].speaker',
      'error sources[1].url',
      'warning events[1].sources',
    ]);
  });

  it('reports a value once even when several checks would object', () => {
    const json = edited((m) => (m.statements[0].speaker = 'Ines Vale'));
    expect(problemsOf(json).filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(['statements[0].speaker']);
  });

  it('never throws, even for values JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { format: 'parley/1' };
    cyclic.self = cyclic;
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    for (const input of [undefined, Symbol('x'), 10n, () => 1, cyclic, hostile, { events: [null, 1, 'x', [[]]] }]) {
      const result = validateModel(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('validateModel: the opening view', () => {
  /** The valid model with an opening view, changed by `edit`. */
  const viewed = (edit: (model: LooseJson) => void = () => undefined) =>
    edited((m) => {
      m.view = { from: '2025-03-10', to: '2025-03-16', event: 'harbour-talks' };
      edit(m);
    });

  it('accepts a window with a selection, and a window alone', () => {
    expect(validateModel(viewed())).toMatchObject({ ok: true, warnings: [] });
    expect(validateModel(edited((m) => (m.view = { from: '2025-03', to: '2025-03' })))).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts a window of one day, and a `to` coarser than `from` that still ends after it', () => {
    expect(validateModel(edited((m) => (m.view = { from: '2025-03-12', to: '2025-03-12' }))).ok).toBe(true);
    expect(validateModel(edited((m) => (m.view = { from: '2025-03-20', to: '2025-03' }))).ok).toBe(true);
  });

  it('reports a window that ends before it starts at view.to', () => {
    const problem = only(edited((m) => (m.view = { from: '2025-03-20', to: '2025-03-09' })), 'view.to');
    expect(problem).toEqual({
      severity: 'error',
      path: 'view.to',
      message: 'the window ends ("to": "2025-03-09") before it starts ("from": "2025-03-20"); expected "to" on or after "from"',
    });
  });

  it('reports an impossible date in the window, and a missing end, at their paths', () => {
    expect(only(viewed((m) => (m.view.from = '2025-02-30')), 'view.from').message).toMatch(/^impossible date "2025-02-30": February 2025 has 28 days/);
    expect(only(viewed((m) => delete m.view.to), 'view.to').message).toMatch(/^missing required key "to"; expected a partial date/);
    expect(only(viewed((m) => (m.view.to = '20 March')), 'view.to').message).toMatch(/^expected a partial date like 2025/);
  });

  it('reports an unknown id with "did you mean", and an id of the wrong kind', () => {
    expect(only(viewed((m) => (m.view.event = 'harbor-talks')), 'view.event').message).toBe(
      'unknown event id "harbor-talks"; expected an event id — did you mean "harbour-talks"?',
    );
    expect(only(edited((m) => (m.view = { from: '2025-03', to: '2025-04', statement: 'aster' })), 'view.statement').message).toBe(
      '"aster" is an actor id; expected a statement id',
    );
  });

  it('reports a second selection at its own key', () => {
    expect(only(viewed((m) => (m.view.actor = 'aster')), 'view.actor').message).toBe(
      'the view selects an event and an actor; expected at most one of "event", "statement" and "actor"',
    );
  });

  it('reports unknown keys in the view', () => {
    expect(only(viewed((m) => (m.view.evnet = 'harbour-talks')), 'view.evnet').message).toContain('did you mean "event"?');
  });

  it('warns about a window that shows no event, and a selection outside the window', () => {
    const empty = edited((m) => (m.view = { from: '2024-01', to: '2024-02' }));
    expect(only(empty, 'view.from')).toMatchObject({ severity: 'warning', message: expect.stringMatching(/shows none of the events/) });
    const outside = edited((m) => (m.view = { from: '2025-03-14', to: '2025-03-20', statement: 'vale-ready' }));
    expect(only(outside, 'view.statement')).toMatchObject({
      severity: 'warning',
      message: 'statement "vale-ready" lies outside the window "2025-03-14" to "2025-03-20"; expected a selection the window shows',
    });
  });

  it('counts an actor selected by the view as referred to', () => {
    const file = edited((m) => {
      m.actors.push({ id: 'lone', name: 'Lone actor', kind: 'person' });
      m.view = { from: '2025-03', to: '2025-03', actor: 'lone' };
    });
    expect(validateModel(file)).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('validateModel: the story', () => {
  /** The valid model with a two-step story, changed by `edit`. */
  const storied = (edit: (model: LooseJson) => void = () => undefined) =>
    edited((m) => {
      m.story = {
        steps: [
          { title: 'The talks', text: 'They meet.', from: '2025-03-10', to: '2025-03-12', event: 'harbour-talks' },
          { title: 'The reply', text: 'Borea answers.', from: '2025-03', to: '2025-03', statement: 'bask-reply', filters: { actors: ['borea'], kinds: ['talks'], verbatim: true, since: '2025-03-01', until: '2025-03-31' } },
        ],
      };
      edit(m);
    });

  it('accepts steps with a window, a selection and filters, and normalizes them in order', () => {
    const result = validateModel(storied());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.model.story?.map((s) => [s.title, s.from.raw, s.to.raw, s.selection?.id])).toEqual([
      ['The talks', '2025-03-10', '2025-03-12', 'harbour-talks'],
      ['The reply', '2025-03', '2025-03', 'bask-reply'],
    ]);
    expect(result.model.story?.[1]?.filters).toEqual({ actors: ['borea'], kinds: ['talks'], verbatim: true, since: '2025-03-01', until: '2025-03-31' });
  });

  it('has no story when the file has none', () => {
    const result = validateModel(validModel());
    expect(result.ok && result.model.story).toBeUndefined();
  });

  it('reports a reversed window, an impossible date and a reversed date filter at the step\'s paths', () => {
    expect(only(storied((m) => (m.story.steps[1].from = '2025-04')), 'story.steps[1].to').message).toBe(
      'the window ends ("to": "2025-03") before it starts ("from": "2025-04"); expected "to" on or after "from"',
    );
    expect(only(storied((m) => (m.story.steps[0].from = '2025-02-30')), 'story.steps[0].from').message).toMatch(/^impossible date "2025-02-30"/);
    expect(only(storied((m) => (m.story.steps[1].filters.until = '2025-02')), 'story.steps[1].filters.until').message).toMatch(/date filter ends/);
  });

  it('reports unknown ids, ids of the wrong kind and a second selection at their paths', () => {
    expect(only(storied((m) => (m.story.steps[0].event = 'harbor-talks')), 'story.steps[0].event').message).toBe(
      'unknown event id "harbor-talks"; expected an event id — did you mean "harbour-talks"?',
    );
    expect(only(storied((m) => (m.story.steps[1].filters.actors = ['borea', 'harbour-talks'])), 'story.steps[1].filters.actors[1]').message).toBe(
      '"harbour-talks" is an event id; expected an actor id',
    );
    expect(only(storied((m) => (m.story.steps[0].actor = 'aster')), 'story.steps[0].actor').message).toBe(
      'the step selects an event and an actor; expected at most one of "event", "statement" and "actor"',
    );
  });

  it('takes a story without steps for none, and reports a step without text and unknown keys', () => {
    const empty = validateModel(storied((m) => (m.story.steps = [])));
    expect(empty.ok && empty.model.story).toBeUndefined();
    expect(only(storied((m) => delete m.story.steps[0].text), 'story.steps[0].text').message).toMatch(/^missing required key "text"/);
    expect(only(storied((m) => (m.story.steps[0].evnet = 'x')), 'story.steps[0].evnet').message).toContain('did you mean "event"?');
  });
});
