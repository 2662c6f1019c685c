// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../testing/load-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import type { DetailSelection } from '../selectors/select-detail.ts';
import { DetailPanel } from './detail-panel.tsx';

afterEach(cleanup);

function renderPanel(selection: DetailSelection, model = loadModel(positionsModel())) {
  const onShow = vi.fn();
  render(<DetailPanel model={model} selection={selection} onShow={onShow} onClose={vi.fn()} onCopyLink={vi.fn()} />);
  return { onShow };
}

describe('DetailPanel: position', () => {
  it('is named after the actor and topic, and says the stance in words and since when', () => {
    renderPanel({ kind: 'position', id: 'borea-truce-noncommittal' });
    const panel = screen.getByRole('complementary', { name: 'Borea: A thirty-day truce' });
    expect(panel.querySelector('.detail-dateline')?.textContent).toBe('Since 13 March 2025');
    expect(within(panel).getAllByText('Noncommittal').length).toBeGreaterThan(0);
    expect(within(panel).getByText('neither accepts nor rejects it, or leaves it open')).toBeTruthy();
    // The position's own note, then the evidence quote's.
    expect(within(panel).getAllByRole('note', { name: 'Note' }).map((n) => n.textContent)).toEqual(['NoteBorea promised an answer within a week.', 'NoteReported second-hand.']);
  });

  it('lists the conditions and the evidence as quotes with speaker, date, mode and source', () => {
    renderPanel({ kind: 'position', id: 'aster-truce-conditional' });
    expect(document.querySelector('.detail-dateline')?.textContent).toBe('From 12 March 2025 until 20 March 2025');
    expect(within(screen.getByRole('list', { name: 'Conditions' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Borea accepts the same truce']);
    const evidence = screen.getByRole('list', { name: /^Evidence/ });
    const quote = within(evidence).getByRole('figure');
    expect(quote.querySelector('blockquote')?.textContent).toBe('Aster is ready to accept a thirty-day truce if Borea does the same.');
    expect(quote.textContent).toContain('Ines Vale');
    expect(quote.textContent).toContain('12 March 2025');
    expect(quote.textContent).toContain('Communiqué of the Calder Forum');
  });

  it('gives the actor’s history on the topic in time order, the one shown marked and the others linked', async () => {
    const { onShow } = renderPanel({ kind: 'position', id: 'aster-truce-conditional' });
    const history = screen.getByRole('list', { name: 'Aster’s positions on this topic' });
    const steps = within(history).getAllByRole('listitem');
    expect(steps.map((li) => li.getAttribute('aria-current'))).toEqual(['true', null]);
    await userEvent.click(within(history).getByRole('button', { name: 'Supports, from 20 March 2025' }));
    expect(onShow).toHaveBeenCalledWith('position', 'aster-truce-supports');
  });

  it('says so for a position id the model lacks', () => {
    renderPanel({ kind: 'position', id: 'ghost' });
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeTruthy();
  });
});

describe('DetailPanel: positions of what is shown', () => {
  it('lists the positions a statement is evidence for, each opening its position', async () => {
    const { onShow } = renderPanel({ kind: 'statement', id: 'bask-reply' });
    const list = screen.getByRole('list', { name: 'Positions this statement shows' });
    await userEvent.click(within(list).getByRole('button', { name: 'Borea: A thirty-day truce — Noncommittal · since 13 March 2025' }));
    expect(onShow).toHaveBeenCalledWith('position', 'borea-truce-noncommittal');
  });

  it('lists the positions shown by the statements said at an event, and an actor’s positions', () => {
    renderPanel({ kind: 'event', id: 'harbour-talks' });
    expect(within(screen.getByRole('list', { name: 'Positions its statements show' })).getAllByRole('listitem')).toHaveLength(3);
    cleanup();
    renderPanel({ kind: 'actor', id: 'aster' });
    expect(within(screen.getByRole('list', { name: 'Positions' })).getAllByRole('listitem')).toHaveLength(3);
  });

  it('adds nothing to panels of a model without positions', () => {
    renderPanel({ kind: 'event', id: 'harbour-talks' }, loadModel(validModel()));
    expect(screen.queryByText(/Positions/)).toBeNull();
  });
});
