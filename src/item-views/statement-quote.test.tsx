// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model, StatementId } from '../model/types.ts';
import { selectStatementSummary } from '../selectors/select-detail.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { StatementQuote } from './statement-quote.tsx';

afterEach(cleanup);

// Straight quotes, doubled spaces, a trailing space, a line break and a dash: none may be "improved".
const AWKWARD_TEXT = 'We said "no" -- and  we meant it.\nIt\'s final... ';

/** The reply, said in Russian at a given minute, about a statement and an event. */
const REPLY = { date: '2025-03-13T18:50+03:00', language: 'ru', about: ['vale-ready', 'harbour-talks'] };
const modelWithAwkwardText = () => loadModel(validModel({ statements: { 'vale-ready': { text: AWKWARD_TEXT }, 'bask-reply': REPLY } }));
const loadTestModel = () => loadModel(validModel({ statements: { 'bask-reply': REPLY } }));

function renderQuote(model: Model, id: string, extra: Partial<Parameters<typeof StatementQuote>[0]> = {}) {
  const statement = model.statements.get(id as StatementId);
  if (!statement) throw new Error(`no statement ${id}`);
  const onShow = vi.fn();
  const view = render(<StatementQuote summary={selectStatementSummary(model, statement)} onShow={onShow} {...extra} />);
  return { ...view, onShow };
}

describe('StatementQuote', () => {
  it('shows a verbatim text exactly as written in the model, character for character', () => {
    const { container } = renderQuote(modelWithAwkwardText(), 'vale-ready');
    const paragraph = container.querySelector('blockquote > p');
    expect(paragraph?.textContent).toBe(AWKWARD_TEXT);
  });

  it('sets a verbatim quote in a blockquote that cites its http(s) source', () => {
    const { container } = renderQuote(loadTestModel(), 'vale-ready');
    expect(container.querySelector('blockquote')?.getAttribute('cite')).toBe('https://example.org/calder/communique');
  });

  it('marks a paraphrase with a badge and a label, and does not present it as a quotation', () => {
    const model = loadTestModel();
    const { container } = renderQuote(model, 'bask-reply');
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('Paraphrase')).toBeTruthy();
    expect(within(figure).getByText('Paraphrase:')).toBeTruthy();
    expect(container.querySelector('blockquote')).toBeNull();
    const text = model.statements.get('bask-reply' as StatementId)?.text;
    expect(within(figure).getByText((_, el) => el?.tagName === 'P' && el.textContent === text)).toBeTruthy();
  });

  it('names the language a translated statement was translated from', () => {
    renderQuote(loadTestModel(), 'bask-reply');
    expect(screen.getByText('Translated from Russian')).toBeTruthy();
  });

  it('shows no translation badge for a statement in its original language', () => {
    renderQuote(loadTestModel(), 'vale-ready');
    expect(screen.queryByText(/Translated/)).toBeNull();
  });

  it('shows the curator note as a labelled note', () => {
    renderQuote(loadTestModel(), 'bask-reply');
    expect(screen.getByRole('note', { name: 'Note' }).textContent).toContain('Reported second-hand.');
  });

  it('credits the speaker with their role and opens the speaker as an actor', async () => {
    const { onShow } = renderQuote(loadTestModel(), 'vale-ready');
    expect(screen.getByRole('figure').textContent).toContain('Foreign Minister of Aster');
    await userEvent.click(screen.getByRole('button', { name: 'Ines Vale' }));
    expect(onShow).toHaveBeenCalledWith('actor', 'ines-vale');
  });

  it('writes the date with its precision, the setting and the source with its locator', () => {
    renderQuote(loadTestModel(), 'bask-reply');
    const caption = screen.getByRole('figure').querySelector('figcaption');
    expect(caption?.textContent).toContain('13 March 2025, 18:50 (UTC+03:00)');
    renderQuote(loadTestModel(), 'vale-ready');
    const captions = screen.getAllByRole('figure').map((f) => f.querySelector('figcaption')?.textContent ?? '');
    expect(captions[1]).toContain('press conference');
    expect(captions[1]).toContain('paragraph 3');
  });

  it('links its occasion and opens it as an event', async () => {
    const { onShow } = renderQuote(loadTestModel(), 'vale-ready');
    await userEvent.click(screen.getByRole('button', { name: 'Talks in Port Lune' }));
    expect(onShow).toHaveBeenCalledWith('event', 'harbour-talks');
  });

  it('opens an event it is about as an event and a statement it is about as a statement', async () => {
    const { onShow } = renderQuote(loadTestModel(), 'bask-reply');
    await userEvent.click(screen.getByRole('button', { name: 'Talks in Port Lune' }));
    await userEvent.click(screen.getByRole('button', { name: /^statement by Ines Vale/ }));
    expect(onShow.mock.calls).toEqual([['event', 'harbour-talks'], ['statement', 'vale-ready']]);
  });

  it('opens an actor it is about as an actor', async () => {
    const { onShow } = renderQuote(loadTestModel(), 'vale-ready');
    await userEvent.click(screen.getByRole('button', { name: 'Borea' }));
    expect(onShow).toHaveBeenCalledWith('actor', 'borea');
  });

  it('leaves out links back to what the panel already shows', () => {
    renderQuote(loadTestModel(), 'vale-ready', { currentId: 'harbour-talks' });
    expect(screen.queryByRole('button', { name: 'Talks in Port Lune' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Borea' })).toBeTruthy();
  });

  it('opens itself as a statement and offers a link to copy', async () => {
    const onCopyLink = vi.fn();
    const { onShow } = renderQuote(loadTestModel(), 'vale-ready', { onCopyLink });
    await userEvent.click(screen.getByRole('button', { name: /^Open statement by Ines Vale/ }));
    expect(onShow).toHaveBeenCalledWith('statement', 'vale-ready');
    await userEvent.click(screen.getByRole('button', { name: /^Copy link to statement by Ines Vale/ }));
    expect(onCopyLink).toHaveBeenCalledWith('statement', 'vale-ready');
  });

  it('draws its rule in the colour of the speaker', () => {
    const colorOf = vi.fn(() => 'rgb(1, 2, 3)');
    renderQuote(loadTestModel(), 'vale-ready', { colorOf });
    expect(colorOf).toHaveBeenCalledWith('ines-vale');
    expect(screen.getByRole('figure').style.getPropertyValue('--quote-color')).toBe('rgb(1, 2, 3)');
  });
});
