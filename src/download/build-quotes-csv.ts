import type { Model, StatementId } from '../model/types.ts';
import { collectQuoteCitation } from '../item-views/quote-citation.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';
import { escapeCsvCell } from './escape-csv-cell.ts';

const COLUMNS = [
  'id', 'speaker', 'speaker_id', 'date', 'mode', 'translated_from', 'text', 'setting', 'occasion', 'occasion_id',
  'source_title', 'source_publisher', 'source_url', 'source_locator', 'link',
] as const;

/**
 * Quotes as CSV for a spreadsheet: one row per statement, in the order given, with speaker, date as
 * written, mode, the original language of a translation, the full text, occasion and source. CRLF line
 * ends and a byte order mark, so spreadsheets read it as UTF-8.
 */
export function buildQuotesCsv(model: Model, ids: readonly StatementId[], linkTo: (id: string) => string | undefined): string {
  const rows = ids.flatMap((id) => {
    const statement = model.statements.get(id);
    if (!statement) return [];
    const summary = selectStatementSummary(model, statement);
    const c = collectQuoteCitation(summary);
    const row: Record<(typeof COLUMNS)[number], string | undefined> = {
      id: statement.id,
      speaker: c.speaker,
      speaker_id: statement.speaker,
      date: statement.date.raw,
      mode: statement.mode,
      translated_from: c.translatedFrom,
      text: statement.text,
      setting: statement.setting,
      occasion: summary.occasion?.title,
      occasion_id: statement.event,
      source_title: c.source?.title,
      source_publisher: c.source?.publisher,
      source_url: c.source?.url,
      source_locator: c.source?.locator,
      link: linkTo(statement.id),
    };
    return [COLUMNS.map((column) => escapeCsvCell(row[column])).join(',')];
  });
  return `\ufeff${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
