// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyboardHelp } from './keyboard-help.tsx';

afterEach(cleanup);

// jsdom has no <dialog> behaviour: the component falls back to the open attribute, which is what we check.
function setup() {
  const user = userEvent.setup();
  render(
    <>
      <KeyboardHelp />
      <input aria-label="Search the timeline" />
      <button type="button">Somewhere</button>
    </>,
  );
  return { user };
}

const dialog = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' });
// The dialog's code loads the first time it opens.
const openedDialog = () => screen.findByRole('dialog', { name: 'Keyboard shortcuts' });

describe('KeyboardHelp', () => {
  it('opens from its button and lists the shortcuts', async () => {
    const { user } = setup();
    expect(dialog()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const help = await openedDialog();
    expect(help).toBeTruthy();
    const terms = within(help).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toContain('/Slash');
    expect(terms).toContain('←Left arrow or →Right arrow');
    expect(within(help).getByText('Fit all events')).toBeTruthy();
    expect(within(help).getByText('Close the detail panel and return to the event on the timeline')).toBeTruthy();
  });

  it('opens with ? and closes with Escape, giving focus back to what had it', async () => {
    const { user } = setup();
    const somewhere = screen.getByRole('button', { name: 'Somewhere' });
    somewhere.focus();
    await user.keyboard('?');
    within(await openedDialog()).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(somewhere);
  });

  it('closes with its Close button and returns focus to the help button', async () => {
    const { user } = setup();
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(opener);
    await user.click(within(await openedDialog()).getByRole('button', { name: 'Close' }));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves ? alone while the reader types in a field', async () => {
    const { user } = setup();
    const field = screen.getByRole('textbox', { name: 'Search the timeline' });
    await user.click(field);
    await user.keyboard('why?');
    expect(dialog()).toBeNull();
    expect(field).toHaveProperty('value', 'why?');
  });
});
