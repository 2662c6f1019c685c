import type { ActorId, EntityId, EventId, Model } from '../model/types.ts';

/** A half-open range [start, end) of UTF-16 offsets into a display string. */
export type TextRange = readonly [start: number, end: number];

export type SearchHitKind = 'event' | 'statement' | 'actor';

/** One item that matches every word of the query, with what to show and what to highlight. */
export interface SearchHit {
  readonly kind: SearchHitKind;
  readonly id: string;
  /** The item's own text: an event's title, a statement's quote, an actor's name. */
  readonly title: string;
  /** The first other field that matched (summary, alias, speaker…), cut around the match with "…"; '' when only the title matched. */
  readonly snippet: string;
  /** Which field the snippet comes from, e.g. 'summary', 'alias', 'speaker', 'about'; '' with no snippet. */
  readonly snippetField: string;
  /** Where the query's words occur in `title` and in `snippet`, sorted and merged, for <mark>. */
  readonly matches: { readonly title: readonly TextRange[]; readonly snippet: readonly TextRange[] };
}

export interface SearchResults {
  readonly events: readonly SearchHit[];
  readonly statements: readonly SearchHit[];
  readonly actors: readonly SearchHit[];
  /** Matches of every kind before `limit` cut the lists short. */
  readonly total: number;
  /** Matches of each kind before `limit` cut the lists short, for "8 of 20". */
  readonly counts: { readonly events: number; readonly statements: number; readonly actors: number };
}

/** Text folded for matching, with a map back to the offsets of the original. */
interface FoldedText {
  readonly text: string;
  readonly folded: string;
  /** Original start offset of each folded code unit; absent when folding kept every offset (plain ASCII). */
  readonly starts?: Uint32Array;
  /** Original end offset of each folded code unit. */
  readonly ends?: Uint32Array;
}

interface IndexedField extends FoldedText {
  readonly name: string;
}

interface IndexedItem {
  readonly kind: SearchHitKind;
  readonly id: string;
  readonly title: FoldedText;
  readonly others: readonly IndexedField[];
}

interface SearchIndex {
  readonly events: readonly IndexedItem[];
  readonly statements: readonly IndexedItem[];
  readonly actors: readonly IndexedItem[];
}

const EMPTY: SearchResults = { events: [], statements: [], actors: [], total: 0, counts: { events: 0, statements: 0, actors: 0 } };
const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 40;
const SNIPPET_LENGTH = 140;
const TITLE_MAX = 220;

// Typographic quotes and dashes match their keyboard forms, so `Russia's` finds `Russia’s`.
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00a0': ' ',
};
const foldedChars = new Map<string, string>();

/** One code point folded: decomposed, marks dropped, lower case. Cached, since texts share few letters. */
function foldChar(char: string): string {
  let out = foldedChars.get(char);
  if (out === undefined) {
    out = PUNCTUATION[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    foldedChars.set(char, out);
  }
  return out;
}

/** Case-, diacritic- and typographic-insensitive form of `text`, keeping where each folded unit came from. */
function foldText(text: string): FoldedText {
  // eslint-disable-next-line no-control-regex -- the fast path is exactly "plain ASCII"
  if (/^[\x00-\x7f]*$/.test(text)) return { text, folded: text.toLowerCase() };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let i = 0; i < f.length; i++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += f;
    offset += char.length;
  }
  return { text, folded, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

function toOriginal(field: FoldedText, start: number, end: number): TextRange {
  if (!field.starts || !field.ends) return [start, end];
  return [field.starts[start] ?? field.text.length, field.ends[end - 1] ?? field.text.length];
}

const indexes = new WeakMap<Model, SearchIndex>();

function field(name: string, text: string | undefined): IndexedField[] {
  return text ? [{ name, ...foldText(text) }] : [];
}

function buildIndex(model: Model): SearchIndex {
  // Statements a quote is about are left out: their words would make every reply match its question.
  const nameOf = (id: EntityId): string | undefined =>
    model.events.get(id as EventId)?.title ?? model.actors.get(id as ActorId)?.name;
  const events: IndexedItem[] = [];
  for (const id of model.eventOrder) {
    const e = model.events.get(id);
    if (!e) continue;
    events.push({
      kind: 'event', id, title: foldText(e.title),
      others: [...field('summary', e.summary), ...field('location', e.location?.name)],
    });
  }
  const statements: IndexedItem[] = [];
  for (const id of model.statementOrder) {
    const s = model.statements.get(id);
    if (!s) continue;
    const speaker = model.actors.get(s.speaker);
    statements.push({
      kind: 'statement', id, title: foldText(s.text),
      others: [
        ...field('speaker', speaker?.name),
        ...(speaker?.aliases ?? []).flatMap((alias) => field('speaker', alias)),
        ...field('setting', s.setting),
        // What a quote is about often names what its words do not (Putin's question about letting the troops out says "them", not "Kursk").
        ...s.about.flatMap((ref) => field('about', nameOf(ref))),
        ...field('note', s.note),
      ],
    });
  }
  const actors: IndexedItem[] = [];
  for (const id of model.actorOrder) {
    const a = model.actors.get(id);
    if (!a) continue;
    actors.push({
      kind: 'actor', id, title: foldText(a.name),
      others: [...a.aliases.flatMap((alias) => field('alias', alias)), ...field('title', a.title)],
    });
  }
  return { events, statements, actors };
}

function getIndex(model: Model): SearchIndex {
  let index = indexes.get(model);
  if (!index) {
    index = buildIndex(model);
    indexes.set(model, index);
  }
  return index;
}

/** The query's words, folded like the texts, without duplicates or surrounding quotes. */
function parseTerms(query: string): string[] {
  const words = foldText(query).folded.split(/\s+/).map((w) => w.replace(/^["'(]+|["'),.;:!?]+$/g, ''));
  return [...new Set(words.filter((w) => w.length > 0))];
}

/**
 * Every occurrence of every term in `field`, as sorted ranges of the original text, relative to `from`.
 * Overlapping ranges, and ranges only whitespace apart ("Port Lune"), merge into one.
 */
function findRanges(field: FoldedText, terms: readonly string[], from = 0, to = field.text.length): TextRange[] {
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = field.folded.indexOf(term); at !== -1; at = field.folded.indexOf(term, at + term.length)) {
      found.push([...toOriginal(field, at, at + term.length)]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && (range[0] <= last[1] || /^\s+$/.test(field.text.slice(last[1], range[0])))) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged.filter(([start, end]) => start >= from && end <= to).map(([start, end]): TextRange => [start - from, end - from]);
}

/** `field` cut to about `length` characters around its first match, at spaces, with "…" where text was left out. */
function excerpt(field: FoldedText, terms: readonly string[], length: number): { text: string; ranges: TextRange[] } {
  const text = field.text;
  if (text.length <= length) return { text, ranges: findRanges(field, terms) };
  const first = findRanges(field, terms)[0]?.[0] ?? 0;
  // Keep the start of the text when the match comes early enough to show with some words after it.
  let from = first + CONTEXT_AFTER <= length ? 0 : first - CONTEXT_BEFORE;
  let to = Math.min(text.length, from + length);
  if (to === text.length) from = Math.max(0, to - length);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first) from = space + 1;
    while (from < first && /\s/.test(text[from] ?? '')) from++;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first) to = space;
  }
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const ranges = findRanges(field, terms, from, to).map(([s, e]): TextRange => [s + lead.length, e + lead.length]);
  return { text: `${lead}${text.slice(from, to)}${tail}`, ranges };
}

function matchItem(item: IndexedItem, terms: readonly string[]): { hit: SearchHit; titleTerms: number } | undefined {
  let titleTerms = 0;
  let snippetField: IndexedField | undefined;
  for (const term of terms) {
    if (item.title.folded.includes(term)) {
      titleTerms++;
      continue;
    }
    const other = item.others.find((f) => f.folded.includes(term));
    if (!other) return undefined;
    snippetField ??= other;
  }
  const title = excerpt(item.title, terms, TITLE_MAX);
  const snippet = snippetField ? excerpt(snippetField, terms, SNIPPET_LENGTH) : { text: '', ranges: [] };
  return {
    titleTerms,
    hit: {
      kind: item.kind, id: item.id, title: title.text, snippet: snippet.text, snippetField: snippetField?.name ?? '',
      matches: { title: title.ranges, snippet: snippet.ranges },
    },
  };
}

/** Items whose fields hold every term: those with the most terms in their title first, then in model (time) order. */
function searchItems(items: readonly IndexedItem[], terms: readonly string[], limit: number): { hits: SearchHit[]; count: number } {
  const matched: { hit: SearchHit; titleTerms: number }[] = [];
  for (const item of items) {
    const match = matchItem(item, terms);
    if (match) matched.push(match);
  }
  // Array.prototype.sort is stable, so equal ranks keep the model's time order.
  matched.sort((a, b) => b.titleTerms - a.titleTerms);
  return { hits: matched.slice(0, limit).map((m) => m.hit), count: matched.length };
}

/**
 * Searches event titles, summaries and places; statement quotes, speakers, settings, notes and what they
 * are about; actor names, aliases and titles. Case-, accent- and quote-style-insensitive; several words
 * must all occur (anywhere in the item's fields). At most `limit` hits of each kind; `total` counts all.
 * The folded index is built once per model and kept while the model lives.
 */
export function selectSearchResults(model: Model, query: string, limit = 8): SearchResults {
  const terms = parseTerms(query);
  if (terms.length === 0) return EMPTY;
  const index = getIndex(model);
  const events = searchItems(index.events, terms, limit);
  const statements = searchItems(index.statements, terms, limit);
  const actors = searchItems(index.actors, terms, limit);
  return {
    events: events.hits,
    statements: statements.hits,
    actors: actors.hits,
    total: events.count + statements.count + actors.count,
    counts: { events: events.count, statements: statements.count, actors: actors.count },
  };
}
