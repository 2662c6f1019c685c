import { getPartialDateFields } from '../model/partial-date.ts';
import type { Model, PartialDate, StatementId } from '../model/types.ts';
import { collectQuoteCitation } from '../item-views/quote-citation.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';
import { isHttpUrl } from '../components/is-http-url.ts';

/** A CSL-JSON date: `{ "date-parts": [[2025, 3, 13]] }`, to the precision known. */
function cslDate(date: PartialDate): { 'date-parts': number[][] } {
  const f = getPartialDateFields(date.raw);
  const parts = f ? [f.year, f.month, f.day].filter((n): n is number => n !== undefined) : [];
  return { 'date-parts': [parts] };
}

/** A CSL name: a person's two-part name split into given and family; anything else as written (see formatApaAuthor). */
function cslName(name: string, isPerson: boolean): Record<string, string> {
  const parts = name.trim().split(/\s+/);
  return isPerson && parts.length === 2 ? { given: parts[0] ?? '', family: parts[1] ?? '' } : { literal: name };
}

/** One CSL-JSON item (the format Zotero, Mendeley and pandoc read), as a plain object. */
export type CslItem = Record<string, unknown>;

/**
 * Quotes as CSL-JSON items, one per statement in the order given: type "speech", the speaker as
 * author, the words (or their opening) as title and in full as abstract, the date to its precision,
 * the occasion as event, the setting as genre, and the source as container with its publisher, URL
 * and accessed date. A paraphrase, a translation, the locator and the link back go in the note.
 */
export function buildQuotesCslJson(model: Model, ids: readonly StatementId[], linkTo: (id: string) => string | undefined): CslItem[] {
  return ids.flatMap((id) => {
    const statement = model.statements.get(id);
    if (!statement) return [];
    const summary = selectStatementSummary(model, statement);
    const c = collectQuoteCitation(summary);
    const link = linkTo(statement.id);
    const note = [
      c.paraphrase && 'Paraphrase, not a verbatim quote.',
      c.translatedFrom && `Translated from ${c.translatedFrom}.`,
      c.source?.locator && `In the source: ${c.source.locator}.`,
      link && `Parley: ${link}`,
    ].filter(Boolean).join(' ');
    const item: CslItem = {
      id: statement.id,
      type: 'speech',
      title: c.words,
      author: [cslName(c.speaker, c.speakerKind === 'person')],
      issued: cslDate(statement.date),
      abstract: statement.text,
      language: statement.translated ? model.meta.language : (statement.language ?? model.meta.language),
    };
    if (statement.setting) item.genre = statement.setting;
    if (summary.occasion) {
      // "event" is CSL 1.0.1's name and "event-title" 1.0.2's: reference managers read one or the other.
      item['event-title'] = summary.occasion.title;
      item.event = summary.occasion.title;
    }
    if (c.source) {
      item['container-title'] = c.source.title;
      if (c.source.publisher) item.publisher = c.source.publisher;
      if (isHttpUrl(c.source.url)) item.URL = c.source.url;
      if (c.source.accessed) item.accessed = cslDate(c.source.accessed);
    }
    if (note) item.note = note;
    return [item];
  });
}
