// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model, Source, SourceId } from '../model/types.ts';
import type { DetailSelection } from '../selectors/select-detail.ts';
import { validModel, type ModelOverrides } from '../testing/fixtures/valid-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { DetailPanel, type DetailPanelProps } from './detail-panel.tsx';

afterEach(cleanup);

/**
 * What the panel's tests need beyond the valid model: a month-precision event, an event that spans
 * years and names the talks, Aster at the talks, and a reply about both a statement and an event.
 */
const PANEL: ModelOverrides = {
  events: {
    'harbour-talks': {
      participants: [
        { actor: 'ines-vale', role: 'head of delegation' },
        { actor: 'oren-bask', role: 'head of delegation' },
        { actor: 'calder', role: 'mediator' },
        { actor: 'aster' },
      ],
    },
    monitoring: { start: '2024-08-06', end: '2025-03', related: [{ event: 'harbour-talks', relation: 'responds-to' }] },
    'first-contact': { title: 'First contact', start: '2024-08', kind: 'meeting', participants: [{ actor: 'aster' }], sources: ['daily-report'] },
  },
  statements: { 'bask-reply': { date: '2025-03-13T18:50+03:00', language: 'ru', about: ['vale-ready', 'harbour-talks'] } },
};
const loadTestModel = () => loadModel(validModel(PANEL));

function renderPanel(selection: DetailSelection, props: Partial<DetailPanelProps> = {}, model = loadTestModel()) {
  const onShow = vi.fn();
  const onClose = vi.fn();
  const view = render(<DetailPanel model={model} selection={selection} onShow={onShow} onClose={onClose} {...props} />);
  return { ...view, onShow, onClose };
}

const showEvent = (id: string, props?: Partial<DetailPanelProps>, model?: Model) =>
  renderPanel({ kind: 'event', id }, props, model);

describe('DetailPanel: event', () => {
  it('is a complementary landmark named after the event', () => {
    showEvent('harbour-talks');
    expect(screen.getByRole('complementary', { name: 'Talks in Port Lune' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Talks in Port Lune' })).toBeTruthy();
  });

  it.each([
    ['harbour-talks', '11–12 March 2025'],
    ['evening-call', '13 March 2025, 18:43 (UTC+03:00)'],
    ['monitoring', '6 August 2024 – March 2025'],
    ['first-contact', 'August 2024'],
  ])('writes the date of %s with its precision: %s', (id, date) => {
    showEvent(id);
    expect(screen.getByText(date)).toBeTruthy();
  });

  it('shows the kind, location, summary and a note labelled "Note"', () => {
    showEvent('harbour-talks');
    expect(screen.getByText('Talks')).toBeTruthy();
    expect(screen.getByText('Port Lune')).toBeTruthy();
    expect(screen.getByText('Delegations of Aster and Borea meet under Calder mediation.')).toBeTruthy();
    const notes = screen.getAllByRole('note', { name: 'Note' }).map((n) => n.textContent);
    expect(notes).toContain('NoteSecond day reported only by one source.');
  });

  it('lists participants as buttons with their roles that open the actor', async () => {
    const { onShow } = showEvent('harbour-talks');
    const participants = screen.getByRole('list', { name: 'Participants' });
    const buttons = within(participants).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Ines Vale, head of delegation',
      'Oren Bask, head of delegation',
      'Calder Forum, mediator',
      'Aster',
    ]);
    await userEvent.click(within(participants).getByRole('button', { name: /Calder Forum/ }));
    expect(onShow).toHaveBeenCalledWith('actor', 'calder');
  });

  it('keeps statements said at the event apart from statements about it', () => {
    showEvent('harbour-talks');
    const saidAt = screen.getByRole('list', { name: /Said at this event/ });
    const about = screen.getByRole('list', { name: /About this event/ });
    expect(within(saidAt).getAllByRole('figure')).toHaveLength(1);
    expect(saidAt.textContent).toContain('Aster is ready to accept a thirty-day truce');
    expect(within(about).getAllByRole('figure')).toHaveLength(1);
    expect(about.textContent).toContain('Borea will study the proposal');
  });

  it('says when no statements are recorded at or about the event', () => {
    showEvent('first-contact');
    expect(screen.queryByRole('list', { name: /Said at this event/ })).toBeNull();
    expect(screen.getByText(/records no statements at or about this event/)).toBeTruthy();
  });

  it('lists the events it names with the relation in words and its short date', async () => {
    const { onShow } = showEvent('evening-call');
    const related = screen.getByRole('list', { name: 'Related events' });
    expect(within(related).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Follows Talks in Port Lune (11–12 Mar 2025)',
      'Responded to by Thirty-day truce proposal (Mar 2025)',
    ]);
    await userEvent.click(within(related).getByRole('button', { name: 'Talks in Port Lune' }));
    expect(onShow).toHaveBeenCalledWith('event', 'harbour-talks');
  });

  it('lists the events that name it in time order, with the relation read backwards', () => {
    showEvent('harbour-talks');
    const items = within(screen.getByRole('list', { name: 'Related events' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Responded to by Monitoring mission deployed (6 Aug 2024 – Mar 2025)',
      'Followed by Vale–Bask phone call (13 Mar 2025, 18:43 UTC+3)',
    ]);
  });

  it('links sources in a new tab without opener or referrer, with publisher and published date', () => {
    showEvent('harbour-talks');
    const sources = screen.getByRole('list', { name: 'Sources' });
    const link = within(sources).getByRole('link', { name: /Communiqué of the Calder Forum/ });
    expect(link.getAttribute('href')).toBe('https://example.org/calder/communique');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(sources.textContent).toContain('Calder Forum');
    expect(sources.textContent).toContain('12 March 2025');
    expect(within(sources).getByRole('link', { name: /archived copy/ })).toBeTruthy();
  });

  it('never turns a javascript: URL into a link, and shows the title as text instead', () => {
    const base = loadTestModel();
    const unsafe = 'java' + 'script:alert(document.cookie)';
    const sources = new Map<SourceId, Source>(base.sources);
    const communique = sources.get('forum-communique' as SourceId);
    if (!communique) throw new Error('fixture lacks the communiqué');
    sources.set(communique.id, { ...communique, url: unsafe, archived: unsafe });
    const { container } = showEvent('harbour-talks', {}, { ...base, sources });
    expect(screen.queryByRole('link', { name: /Communiqué/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /archived copy/ })).toBeNull();
    expect(screen.getAllByText('Communiqué of the Calder Forum').length).toBeGreaterThan(0);
    expect(container.querySelector('[href^="javascript" i], [cite^="javascript" i]')).toBeNull();
  });
});

describe('DetailPanel: controls', () => {
  it('closes with the "Close details" button', async () => {
    const { onClose } = showEvent('harbour-talks');
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('walks to the previous and next event and shows the position', async () => {
    const onPrevious = vi.fn();
    const onNext = vi.fn();
    showEvent('harbour-talks', { onPrevious, onNext, position: { index: 2, total: 4 } });
    expect(screen.getByText('3 of 4')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(onPrevious).toHaveBeenCalledOnce();
    expect(onNext).toHaveBeenCalledOnce();
  });

  it('disables Next when there is no next event', () => {
    showEvent('harbour-talks', { onPrevious: vi.fn(), position: { index: 3, total: 4 } });
    expect(screen.getByRole('button', { name: 'Next event' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Previous event' }).hasAttribute('disabled')).toBe(false);
  });

  it('copies a link to what is shown and confirms it', async () => {
    const onCopyLink = vi.fn(() => Promise.resolve());
    showEvent('harbour-talks', { onCopyLink });
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(onCopyLink).toHaveBeenCalledWith('event', 'harbour-talks');
    expect((await screen.findAllByRole('status')).some((s) => s.textContent === 'Link copied')).toBe(true);
  });

  it('says so when copying the link fails', async () => {
    showEvent('harbour-talks', { onCopyLink: () => Promise.reject(new Error('denied')) });
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Could not copy the link')).toBeTruthy();
  });

  it('hands its heading to headingRef so the app can move focus there', () => {
    const headingRef = createRef<HTMLHeadingElement>();
    showEvent('harbour-talks', { headingRef });
    expect(headingRef.current?.textContent).toBe('Talks in Port Lune');
    headingRef.current?.focus();
    expect(document.activeElement).toBe(headingRef.current);
  });

  it('says what is missing when the selection names nothing in the model', () => {
    showEvent('no-such-event');
    expect(screen.getByRole('complementary', { name: 'Not found' }).textContent).toContain('no-such-event');
  });
});

describe('DetailPanel: actor', () => {
  const showActor = (id: string) => renderPanel({ kind: 'actor', id });

  it('is named after the actor and gives kind, role, aliases and description', () => {
    showActor('ines-vale');
    const panel = screen.getByRole('complementary', { name: 'Ines Vale' });
    expect(panel.textContent).toContain('Person');
    expect(panel.textContent).toContain('Foreign Minister of Aster');
    expect(panel.textContent).toContain('I. Vale');
  });

  it('lists the events the actor took part in, in time order, not file order', () => {
    showActor('aster');
    const events = within(screen.getByRole('list', { name: 'Took part in' })).getAllByRole('button');
    expect(events.map((b) => b.textContent)).toEqual([
      'First contact',
      'Monitoring mission deployed',
      'Thirty-day truce proposal',
      'Talks in Port Lune',
    ]);
  });

  it('opens an event the actor took part in', async () => {
    const { onShow } = showActor('aster');
    await userEvent.click(screen.getByRole('button', { name: 'First contact' }));
    expect(onShow).toHaveBeenCalledWith('event', 'first-contact');
  });

  it('shows affiliations as chips that open the state', async () => {
    const { onShow } = showActor('ines-vale');
    await userEvent.click(within(screen.getByRole('list', { name: 'Affiliated with' })).getByRole('button', { name: 'Aster' }));
    expect(onShow).toHaveBeenCalledWith('actor', 'aster');
  });

  it('lists what the actor said, without a link back to the actor', () => {
    showActor('ines-vale');
    const statements = screen.getByRole('list', { name: /Statements/ });
    expect(statements.textContent).toContain('Aster is ready to accept');
    expect(within(statements).queryByRole('button', { name: 'Ines Vale' })).toBeNull();
  });

  it('lists the statements that mention the actor', () => {
    showActor('borea');
    expect(screen.getByRole('list', { name: /Mentioned in/ }).textContent).toContain('Aster is ready to accept');
  });
});

describe('DetailPanel: statement', () => {
  const showStatement = (id: string) => renderPanel({ kind: 'statement', id });

  it('is named "Statement by" the speaker and shows the quote large', () => {
    const { container } = showStatement('vale-ready');
    expect(screen.getByRole('complementary', { name: 'Statement by Ines Vale' })).toBeTruthy();
    expect(container.querySelector('.quote--large blockquote')?.textContent).toBe(
      'Aster is ready to accept a thirty-day truce if Borea does the same.',
    );
  });

  it('links its occasion and what it is about', async () => {
    const { onShow } = showStatement('bask-reply');
    await userEvent.click(screen.getByRole('button', { name: 'Vale–Bask phone call' }));
    await userEvent.click(screen.getByRole('button', { name: /^statement by Ines Vale/ }));
    expect(onShow.mock.calls).toEqual([['event', 'evening-call'], ['statement', 'vale-ready']]);
  });

  it('lists the replies it drew, and what a reply answers, with speaker, date and opening words', async () => {
    const { onShow } = showStatement('vale-ready');
    const replies = screen.getByRole('list', { name: 'Replies (1)' });
    expect(replies.textContent).toBe('Oren Bask, 13 March 2025, 18:43 (UTC+03:00): (paraphrase) Borea will study the proposal and answer within a week. at Vale–Bask phone call'.replace('18:43', '18:50'));
    // A reply is listed in short, not again as a quote about it.
    expect(screen.queryByRole('list', { name: /Statements about this/ })).toBeNull();
    await userEvent.click(within(replies).getByRole('button'));
    expect(onShow).toHaveBeenCalledWith('statement', 'bask-reply');
    cleanup();
    showStatement('bask-reply');
    expect(screen.getByRole('list', { name: 'In reply to (1)' }).textContent).toMatch(/^Ines Vale, 12 March 2025: “?Aster is ready/);
  });

  it('offers "Show thread" when replies connect it, pressed while its thread is shown', async () => {
    const onShowThread = vi.fn();
    renderPanel({ kind: 'statement', id: 'vale-ready' }, { onShowThread });
    const button = screen.getByRole('button', { name: 'Show thread (2 statements)' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(button);
    expect(onShowThread).toHaveBeenCalledWith('vale-ready');
    cleanup();
    renderPanel({ kind: 'statement', id: 'bask-reply' }, { onShowThread, thread: 'vale-ready' });
    await userEvent.click(screen.getByRole('button', { name: 'Show thread (2 statements)', pressed: true }));
    expect(onShowThread).toHaveBeenLastCalledWith(null);
  });
});

describe('DetailPanel: replies and accounts of an event', () => {
  it('lists, under its statements, the replies they drew from others', () => {
    showEvent('harbour-talks');
    const drawn = screen.getByRole('list', { name: 'Replies to what was said here' });
    expect(drawn.textContent).toContain('Oren Bask');
    expect(drawn.textContent).toContain('answering Ines Vale Aster is ready to accept a thirty-day…');
  });

  it('offers "Compare accounts" when two sides spoke at it, and shows a column per side', async () => {
    const file = validModel(PANEL);
    file.statements!.push({ id: 'bask-at-talks', speaker: 'oren-bask', date: '2025-03-12', text: 'Borea needs guarantees.', mode: 'verbatim', event: 'harbour-talks' });
    const model = loadModel(file);
    const onCompare = vi.fn();
    showEvent('harbour-talks', { onCompare }, model);
    await userEvent.click(screen.getByRole('button', { name: 'Compare accounts (2 sides)' }));
    expect(onCompare).toHaveBeenCalledWith(true);
    cleanup();
    showEvent('harbour-talks', { onCompare, compare: true }, model);
    const aster = screen.getByRole('region', { name: 'Aster (1)' });
    const borea = screen.getByRole('region', { name: 'Borea (1)' });
    expect(within(aster).getByRole('blockquote').textContent).toBe('Aster is ready to accept a thirty-day truce if Borea does the same.');
    expect(within(borea).getByRole('blockquote').textContent).toBe('Borea needs guarantees.');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the event' }));
    expect(onCompare).toHaveBeenLastCalledWith(false);
  });

  it('shows the event on its own when only one side spoke, even if asked to compare', () => {
    showEvent('harbour-talks', { onCompare: vi.fn(), compare: true });
    expect(screen.queryByRole('button', { name: /Compare accounts/ })).toBeNull();
    expect(screen.getByRole('list', { name: /Said at this event/ })).toBeTruthy();
  });
});

describe('DetailPanel on the bundled Ukraine ceasefire model', () => {
  it('follows Trump’s "very promising statement" to Putin’s answer', async () => {
    const model = readBundledModel();
    const trump = [...model.statements.values()].find((s) => s.text.includes('very promising statement'));
    const answer = [...model.events.values()].find((e) => e.title.startsWith('Putin’s answer'));
    if (!trump || !answer) throw new Error('the bundled model lacks the statement or the answer');
    const { onShow } = renderPanel({ kind: 'statement', id: trump.id }, {}, model);
    expect(screen.getByRole('complementary', { name: /^Statement by .*Trump/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: answer.title }));
    expect(onShow).toHaveBeenCalledWith('event', answer.id);
  });
});
