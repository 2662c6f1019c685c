import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertFilesToModel, convertToModel } from './convert-to-model.ts';
import { ImportError, type ConversionResult } from './import-types.ts';
import { locateProblem } from './locate-problem.ts';
import { validateModel } from '../model/validate-model.ts';

const TODAY = { today: '2025-04-01' };
const SHEET_HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const csv = (...lines: string[]) => lines.join('\r\n');
const notesAt = (result: ConversionResult, at: string) => result.notes.filter((n) => n.at === at).map((n) => n.message);
const expectValid = (result: ConversionResult) => {
  const validation = validateModel(result.model);
  expect(validation.ok ? [] : validation.problems).toEqual([]);
};

describe('convertToModel on a TimelineJS spreadsheet saved as CSV', () => {
  it('reads quoted commas, a newline inside a field, a byte order mark and an empty row', () => {
    const text = '\ufeff' + csv(
      SHEET_HEADER,
      ',,,,,,,,,"Aster, Borea and the talks","<p>An invented timeline.</p>",,,,,title,,',
      '2025,3,11,,2025,3,12,,,"Talks, round one","First line\nsecond line",,,,,,Aster,',
      ',,,,,,,,,,,,,,,,,',
      '2025,3,13,,,,,,,Answer,,,,,,,Borea,',
    );
    const result = convertToModel('timeline.csv', text, TODAY);
    expect(result.format).toBe('timelinejs-sheet');
    expect(result.model.title).toBe('Aster, Borea and the talks');
    expect(result.model.events?.map((e) => [e.title, e.start, e.end, e.summary])).toEqual([
      ['Talks, round one', '2025-03-11', '2025-03-12', 'First line second line'],
      ['Answer', '2025-03-13', undefined, undefined],
    ]);
    expect(result.origins).toMatchObject({ 'events[0]': 'timeline.csv row 3', 'events[1]': 'timeline.csv row 5' });
    expectValid(result);
  });

  it('reports a bad date with its row and column, and leaves that row out', () => {
    const result = convertToModel('timeline.csv', csv(SHEET_HEADER, '2025,13,1,,,,,,,Bad month,,,,,,,,', 'MMXXV,,,,,,,,,Bad year,,,,,,,,', '2025,2,30,,,,,,,No such day,,,,,,,,', '2025,3,1,,,,,,,Good,,,,,,,,'), TODAY);
    expect(result.model.events?.map((e) => e.title)).toEqual(['Good']);
    expect(notesAt(result, 'timeline.csv row 2, column "Month"')).toEqual([expect.stringContaining('month 13 does not exist')]);
    expect(notesAt(result, 'timeline.csv row 3, column "Year"')).toEqual([expect.stringContaining('year "MMXXV" is not a whole number')]);
    expect(notesAt(result, 'timeline.csv row 4, column "Day"')).toEqual([expect.stringContaining('February 2025 has 28 days')]);
  });

  it('reads the Time column as TimelineJS does, keeping it when the UTC offset is given', () => {
    const text = csv(SHEET_HEADER, '2015,7,14,7:02 PM,,,,,,Deal,,,,,,,,', '2015,7,15,quarter past,,,,,,Later,,,,,,,,');
    const withOffset = convertToModel('t.csv', text, { ...TODAY, utcOffset: '+02:00' });
    expect(withOffset.model.events?.[0]?.start).toBe('2015-07-14T19:02+02:00');
    expect(notesAt(withOffset, 't.csv row 3, column "Time"')).toEqual([expect.stringContaining('"quarter past" is not a time')]);
    const without = convertToModel('t.csv', text, TODAY);
    expect(without.model.events?.[0]?.start).toBe('2015-07-14');
    expect(notesAt(without, 't.csv row 2, column "Time"')).toEqual([expect.stringContaining('has no UTC offset')]);
  });

  it('makes eras notes and names the columns it does not carry over', () => {
    const result = convertToModel('t.csv', csv(`${SHEET_HEADER},Notes`, '2024,,,,2025,,,,,The long year,,,,,,era,,,', '2025,1,,,,,,,,A,,https://example.org/x,Agency,,,,,,mine'), TODAY);
    expect(notesAt(result, 't.csv row 2, column "Headline"')).toEqual([expect.stringContaining('the era "The long year"')]);
    expect(notesAt(result, 't.csv row 3, column "Media Credit"')).toEqual(['not carried over (no place for it in parley/1)']);
    expect(notesAt(result, 't.csv, column "Notes"')).toEqual([expect.stringContaining('not carried over')]);
    expect(result.model.sources?.[0]?.url).toBe('https://example.org/x');
  });
});

describe('convertFilesToModel on the CSV template', () => {
  const actors = csv('id,name,kind,title,affiliations,aliases', 'aster,Aster,state,,,Republic of Aster', 'ines-vale,Ines Vale,person,Foreign Minister,aster,I. Vale');
  const events = csv(
    'id,title,start,end,kind,summary,location.name,location.lat,location.lon,participants,sources,related,note',
    'harbour-talks,Talks in Port Lune,2025-03-11,2025-03-12,talks,"Delegations meet; talks go on",Port Lune,43.3,5.4,"Ines Vale (head of delegation); aster",communique,,',
    ',Evening call,2025-03-13T18:43+03:00,,,,,,,ines-vale,communique,harbour-talks (follows),',
  );
  const statements = csv(
    'id,speaker,date,text,mode,event,about,language,translated,setting,source,source.locator,note',
    'vale-ready,I. Vale,2025-03-12,"Aster is ready, she said, to accept ""a truce"".",verbatim,harbour-talks,aster,en,no,press conference,communique,paragraph 3,',
  );
  const sources = csv('id,title,publisher,url,archived,published,accessed', 'communique,Communiqué of the talks,Calder Forum,https://example.org/communique,,2025-03-12,2025-03-20');
  const model = csv('id,title,description,language,updated', 'aster-borea,Aster–Borea talks,Invented talks.,en,2025-03-20');
  const files = [
    { name: 'events.csv', text: events },
    { name: 'actors.csv', text: actors },
    { name: 'statements.csv', text: statements },
    { name: 'sources.csv', text: sources },
    { name: 'model.csv', text: model },
  ];

  it('builds one valid model from the files, with lists split on ";" and names read as ids', () => {
    const result = convertFilesToModel(files, TODAY);
    expect(result.format).toBe('csv-template');
    expectValid(result);
    expect(result.model).toMatchObject({ id: 'aster-borea', title: 'Aster–Borea talks', updated: '2025-03-20' });
    const [talks, call] = result.model.events ?? [];
    expect(talks).toMatchObject({
      location: { name: 'Port Lune', lat: 43.3, lon: 5.4 },
      participants: [{ actor: 'ines-vale', role: 'head of delegation' }, { actor: 'aster' }],
      summary: 'Delegations meet; talks go on',
    });
    expect(call).toMatchObject({ id: 'evening-call', kind: 'event', related: [{ event: 'harbour-talks', relation: 'follows' }] });
    expect(result.model.statements?.[0]).toMatchObject({ speaker: 'ines-vale', text: 'Aster is ready, she said, to accept "a truce".', translated: false, source: { source: 'communique', locator: 'paragraph 3' } });
    expect(notesAt(result, 'statements.csv row 2, column "speaker"')).toEqual(['"I. Vale" was read as the actor "ines-vale", by its name']);
    expect(notesAt(result, 'events.csv row 3, column "id"')).toEqual(['no id; it was given "evening-call"']);
  });

  it('reports a bad date with its file, row and column, leaving a row without its required date out', () => {
    const result = convertFilesToModel([{ name: 'events.csv', text: csv('id,title,start,end,kind', 'a,A,13/03/2025,,talks', 'b,B,2025-03-13,2025-02-30,talks', 'c,C,2015-07-14T07:02,,talks') }], TODAY);
    expect(result.model.events?.map((e) => [e.id, e.start, e.end])).toEqual([['b', '2025-03-13', undefined], ['c', '2015-07-14', undefined]]);
    expect(notesAt(result, 'events.csv row 2, column "start"')).toEqual([expect.stringMatching(/"13\/03\/2025" is not a date.*year first.*the row was left out/)]);
    expect(notesAt(result, 'events.csv row 3, column "end"')).toEqual([expect.stringContaining('February 2025 has 28 days')]);
    expect(notesAt(result, 'events.csv row 4, column "start"')).toEqual([expect.stringContaining('has no UTC offset')]);
  });

  it('names a wrong reference by its row when the converted model is validated', () => {
    const result = convertFilesToModel([{ name: 'actors.csv', text: actors }, { name: 'statements.csv', text: csv('id,speaker,date,text,mode', 's1,ines-val,2025-03-12,Words.,verbatim') }], TODAY);
    const validation = validateModel(result.model);
    expect(validation.ok).toBe(false);
    const problems = validation.ok ? [] : validation.problems.map((p) => locateProblem(p, result.origins));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'statements.csv row 2 (statements[0].speaker in the converted model)', message: expect.stringContaining('did you mean "ines-vale"') }));
  });

  it('makes actors of the names in events.csv when there is no actors.csv', () => {
    const result = convertFilesToModel([{ name: 'events.csv', text: csv('title,start,kind,participants', 'Talks,2025-03-11,talks,Aster; Borea') }], TODAY);
    expect(result.model.actors).toEqual([{ id: 'aster', name: 'Aster', kind: 'group' }, { id: 'borea', name: 'Borea', kind: 'group' }]);
    expectValid(result);
  });

  it('never fills in a quote’s words or whether they are verbatim', () => {
    const result = convertFilesToModel([{ name: 'actors.csv', text: actors }, { name: 'statements.csv', text: csv('id,speaker,date,text,mode', 's1,aster,2025-03-12,,') }], TODAY);
    const validation = validateModel(result.model);
    expect(validation.ok ? [] : validation.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['statements[0].text', 'statements[0].mode']));
  });

  it('converts the sample template in public/templates/ without a note, an error or a warning', () => {
    const folder = new URL('../../public/templates/', import.meta.url);
    const names = readdirSync(folder).filter((name) => name.endsWith('.csv'));
    expect(names.sort()).toEqual(['actors.csv', 'events.csv', 'model.csv', 'sources.csv', 'statements.csv']);
    const result = convertFilesToModel(names.map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') })), TODAY);
    expect(result.notes).toEqual([]);
    const validation = validateModel(result.model);
    expect(validation.ok && validation.warnings).toEqual([]);
  });

  it('reads a file a spreadsheet saved with ";" between cells, where lists then sit in quotes', () => {
    const result = convertFilesToModel([{ name: 'events.csv', text: csv('id;title;start;kind;participants', 'a;Talks, day one;2025-03-11;talks;"aster; borea"') }], TODAY);
    expect(result.model.events?.[0]).toMatchObject({ title: 'Talks, day one', participants: [{ actor: 'aster' }, { actor: 'borea' }] });
  });

  it('refuses a CSV whose columns it does not know, saying which it expects', () => {
    expect(() => convertToModel('people.csv', csv('who,when', 'x,y'))).toThrow(ImportError);
    expect(() => convertToModel('people.csv', csv('who,when', 'x,y'))).toThrow(/Year, Month, Day.*Headline/);
  });
});
