import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../model/model-file-schema.ts';
import type { Model } from '../model/types.ts';
import { loadModel } from '../testing/load-model.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { minimalModel } from '../testing/fixtures/minimal-model.ts';
import { selectSearchResults, type SearchHit } from './select-search-results.ts';


/** The fixture with an accented actor and a long summary added, for folding and snippet tests. */
function fixture(): Model {
  return loadModel(validModel({
    actors: { zoe: { name: 'Zoë Brönte-Ålund', kind: 'person', aliases: ['Zoe Bronte'] } },
    events: {
      monitoring: {
        summary:
          'Observers from the Calder Forum take up posts along the line of contact, with a mandate renewed weekly by ' +
          'both capitals and a small headquarters in Port Lune; they report ceasefire violations to the Forum’s secretariat.',
      },
    },
  }));
}

const marked = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => text.slice(s, e));
const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.id);

describe('selectSearchResults', () => {
  it('finds nothing for an empty or blank query', () => {
    const model = fixture();
    expect(selectSearchResults(model, '')).toMatchObject({ events: [], statements: [], actors: [], total: 0 });
    expect(selectSearchResults(model, '   ').total).toBe(0);
  });

  it('finds events by title and by summary, listing title matches first', () => {
    const results = selectSearchResults(fixture(), 'calder');
    // "Calder" is in the summary of both events; neither title has it, so time order decides.
    expect(ids(results.events)).toEqual(['harbour-talks', 'monitoring']);
    const talks = selectSearchResults(fixture(), 'talks');
    expect(talks.events[0]?.id).toBe('harbour-talks');
    expect(marked(talks.events[0]!.title, talks.events[0]!.matches.title)).toEqual(['Talks']);
  });

  it('ranks items with the word in their title above items with it only elsewhere', () => {
    const results = selectSearchResults(fixture(), 'monitoring');
    expect(ids(results.events)).toEqual(['monitoring']);
    expect(ids(results.actors)).toEqual(['monitors']);
    const lune = selectSearchResults(fixture(), 'port lune');
    // Talks in Port Lune has both words in its title; the truce proposal only in its location.
    expect(ids(lune.events).slice(0, 2)).toEqual(['harbour-talks', 'truce-proposal']);
  });

  it('requires every word of the query, in any of the item’s fields', () => {
    const model = fixture();
    expect(ids(selectSearchResults(model, 'truce thirty').statements)).toEqual(['vale-ready']);
    expect(ids(selectSearchResults(model, 'truce borea').events)).toEqual([]);
    // "Ines" is the speaker's name, "week" is in the quote.
    expect(ids(selectSearchResults(model, 'bask week').statements)).toEqual(['bask-reply']);
    expect(selectSearchResults(model, 'truce zebra').total).toBe(0);
  });

  it('ignores case, accents and the style of quotes and dashes', () => {
    const model = fixture();
    expect(ids(selectSearchResults(model, 'ZOE BRONTE-ALUND').actors)).toEqual(['zoe']);
    const hit = selectSearchResults(model, 'bronte').actors[0]!;
    expect(marked(hit.title, hit.matches.title)).toEqual(['Brönte']);
    expect(ids(selectSearchResults(model, 'Zoë').actors)).toEqual(['zoe']);
    expect(ids(selectSearchResults(model, "forum's").events)).toEqual(['monitoring']);
    expect(ids(selectSearchResults(model, 'vale–bask').events)).toEqual(['evening-call']);
  });

  it('finds actors by alias and title and shows the matching field as the snippet', () => {
    const hit = selectSearchResults(fixture(), 'republic').actors[0]!;
    expect(hit).toMatchObject({ id: 'aster', title: 'Aster', snippet: 'Republic of Aster', snippetField: 'alias' });
    expect(marked(hit.snippet, hit.matches.snippet)).toEqual(['Republic']);
    expect(selectSearchResults(fixture(), 'foreign minister').actors[0]).toMatchObject({ id: 'ines-vale', snippetField: 'title' });
  });

  it('finds quotes by their speaker and by what they are about', () => {
    const model = fixture();
    expect(selectSearchResults(model, 'oren').statements[0]).toMatchObject({ id: 'bask-reply', snippet: 'Oren Bask', snippetField: 'speaker' });
    const about = selectSearchResults(model, 'proposal').statements;
    // Bask's reply says "proposal" itself, so it comes before Vale's quote, which is only about the proposal.
    expect(ids(about)).toEqual(['bask-reply', 'vale-ready']);
    expect(about[1]).toMatchObject({ snippet: 'Thirty-day truce proposal', snippetField: 'about' });
  });

  it('cuts a long snippet around the first match, marks all matches, and shows where it cut', () => {
    const hit = selectSearchResults(fixture(), 'violations').events[0]!;
    expect(hit.id).toBe('monitoring');
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.length).toBeLessThanOrEqual(142);
    expect(marked(hit.snippet, hit.matches.snippet)).toEqual(['violations']);
    const two = selectSearchResults(fixture(), 'delegat borea').events[0]!;
    expect(marked(two.snippet, two.matches.snippet)).toEqual(['Delegat', 'Borea']);
  });

  it('merges overlapping matches into one range', () => {
    const hit = selectSearchResults(fixture(), 'truce uce').events[0]!;
    expect(hit.matches.title).toEqual([[11, 16]]);
  });

  it('stops at the limit per kind but counts every match in total', () => {
    const results = selectSearchResults(fixture(), 'a', 1);
    expect(results.events).toHaveLength(1);
    expect(results.actors).toHaveLength(1);
    expect(results.total).toBeGreaterThan(3);
    expect(results.counts.events + results.counts.statements + results.counts.actors).toBe(results.total);
  });

  it('copes with a model without anything in it', () => {
    expect(selectSearchResults(loadModel(minimalModel()), 'anything').total).toBe(0);
  });

  // How fast it is belongs to the benchmarks, not to a timed test that a busy machine fails.
  it('finds matches among ten thousand events, folding accents and case', () => {
    const file = validModel();
    const base = file.events![0]!;
    file.events = Array.from({ length: 10_000 }, (_, i) => ({
      ...base, id: `e${i}`, title: `Meeting number ${i} in Genève`, summary: `Delegates discussed item ${i * 7} at length.`,
    }));
    file.statements = [];
    const model = loadModel(file as ModelFile);
    const results = selectSearchResults(model, 'GENEVE 77');
    // Every event whose title or summary has both words: 77 in the title (e77, e177, e770…) or in the
    // summary's item number (i × 7), counted in full though only the first few are listed.
    const expected = Array.from({ length: 10_000 }, (_, i) => i).filter((i) => `${i}`.includes('77') || `${i * 7}`.includes('77'));
    expect(results.total).toBe(expected.length);
    expect(results.events.length).toBeGreaterThan(0);
    for (const hit of results.events) expect(hit.title).toMatch(/Genève/);
  });
});

describe('selectSearchResults on the bundled model', () => {
  it('finds the Kursk incursion and Putin’s question about letting the troops out for "Kursk"', () => {
    const results = selectSearchResults(readBundledModel(), 'Kursk', 50);
    expect(results.events.some((h) => /incursion/i.test(h.title))).toBe(true);
    expect(results.statements.some((h) => h.title.includes('let them out'))).toBe(true);
  });

  it('finds the same for "kursk" typed without capitals', () => {
    const model = readBundledModel();
    expect(selectSearchResults(model, 'kursk').total).toBe(selectSearchResults(model, 'KURSK').total);
  });
});
