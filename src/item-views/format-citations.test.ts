import { describe, expect, it } from 'vitest';
import { collectQuoteCitation, formatQuoteOpening, type QuoteCitation } from './quote-citation.ts';
import { formatChicagoCitation } from './format-chicago-citation.ts';
import { formatApaCitation } from './format-apa-citation.ts';
import { formatApaAuthor } from './format-apa-author.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import type { StatementId } from '../model/types.ts';

const date = (raw: string) => parsePartialDate(raw) ?? (() => { throw new Error(raw); })();
const base: QuoteCitation = {
  id: 's', speaker: 'Ines Vale', speakerKind: 'person', words: 'We are ready.', text: 'We are ready.', paraphrase: false,
  setting: 'press conference', date: date('2025-03-12'),
  source: { title: 'Communiqué of the talks', publisher: 'Calder Forum', url: 'https://example.org/c', locator: 'paragraph 3', published: date('2025-03-12'), accessed: date('2025-03-20') },
};

describe('formatChicagoCitation', () => {
  it('cites a verbatim quote from its source, quoted in', () => {
    expect(formatChicagoCitation(base)).toBe(
      'Ines Vale, “We are ready.”, press conference, 12 March 2025, quoted in Calder Forum, “Communiqué of the talks,” paragraph 3, 12 March 2025, https://example.org/c, accessed 20 March 2025.',
    );
  });

  it('marks a paraphrase and leaves it out of quotation marks; marks a translation', () => {
    const c = formatChicagoCitation({ ...base, paraphrase: true, words: 'Aster would accept a truce', translatedFrom: 'Russian' });
    expect(c).toContain('Ines Vale, Aster would accept a truce (paraphrase, translated from Russian), press conference');
    expect(c).toContain('as reported in Calder Forum');
  });

  it('gives a date to its precision and stops after it when there is no source', () => {
    const { source: _source, ...bare } = base;
    expect(formatChicagoCitation({ ...bare, date: date('2024-08') })).toBe('Ines Vale, “We are ready.”, press conference, August 2024.');
    expect(formatChicagoCitation({ ...base, source: { title: 'Notes' } })).toBe('Ines Vale, “We are ready.”, press conference, 12 March 2025, quoted in “Notes.”');
  });

  it('turns quotation marks inside the words into single ones', () => {
    expect(formatChicagoCitation({ ...base, words: 'He said “never” and "no".' })).toContain('“He said ‘never’ and \'no\'.”');
  });
});

describe('formatApaCitation', () => {
  it('cites the speaker as author, inverted, with the date first', () => {
    expect(formatApaCitation(base)).toBe(
      'Vale, I. (2025, March 12). “We are ready.” [press conference]. Quoted in Calder Forum, Communiqué of the talks (paragraph 3). Retrieved March 20, 2025, from https://example.org/c',
    );
  });

  it('gives states and organizations, and names it cannot split, as written', () => {
    expect(formatApaAuthor('Ministry of Defence of Russia', 'organization')).toBe('Ministry of Defence of Russia');
    expect(formatApaAuthor('Mohammed bin Salman', 'person')).toBe('Mohammed bin Salman');
    expect(formatApaAuthor('JD Vance', 'person')).toBe('Vance, J. D.');
    expect(formatApaAuthor('Jean-Claude Juncker', 'person')).toBe('Juncker, J.-C.');
    expect(formatApaAuthor('Radosław Sikorski', 'person')).toBe('Sikorski, R.');
  });

  it('marks a paraphrase and a translation, and leaves out what is unknown', () => {
    const { source: _source, setting: _setting, ...bare } = base;
    expect(formatApaCitation({ ...bare, paraphrase: true, words: 'Aster would accept', translatedFrom: 'Russian', date: date('2025') })).toBe(
      'Vale, I. (2025). Aster would accept (paraphrase, translated from Russian).',
    );
  });
});

describe('collectQuoteCitation', () => {
  it('shortens long words to their opening, and keeps short ones whole', () => {
    const long = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(formatQuoteOpening(long)).toBe(`${Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ')} …`);
    expect(formatQuoteOpening(' Short words. ')).toBe('Short words.');
  });

  it('uses the occasion when the statement has no setting', () => {
    const file = validModel();
    const statement = file.statements?.[0];
    if (!statement) throw new Error('fixture has no statement');
    delete statement.setting;
    const model = loadModel(file);
    const summary = selectStatementSummary(model, model.statements.get(statement.id as StatementId)!);
    expect(collectQuoteCitation(summary).setting).toBe(`at ${summary.occasion?.title}`);
  });

  it('cites Putin’s “These 30 days” from the bundled model as translated from Russian, on 13 March 2025, with its source', () => {
    const model = readBundledModel();
    const statement = model?.statements.get('putin-these-30-days' as StatementId);
    if (!model || !statement) return expect.fail('the bundled model or its statement is missing');
    const citation = collectQuoteCitation(selectStatementSummary(model, statement));
    const chicago = formatChicagoCitation(citation);
    expect(chicago).toMatch(/^Vladimir Putin, “These 30 days – how will they be used\?.*” \(translated from Russian\), .*13 March 2025, quoted in “News article on Putin’s ceasefire answer/);
    expect(chicago).toContain('paragraph 9');
    expect(formatApaCitation(citation)).toMatch(/^Putin, V\. \(2025, March 13\)\. “These 30 days/);
  });
});
