// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EmbedCodeDialog } from './embed-code-dialog.tsx';

beforeAll(() => {
  // jsdom has <dialog> but not its methods; these do what the browser does, minus the top layer.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(cleanup);

function renderDialog(props: Partial<Parameters<typeof EmbedCodeDialog>[0]> = {}) {
  const onClose = vi.fn();
  const result = render(
    <EmbedCodeDialog
      open
      onClose={onClose}
      appUrl="https://parley.example/?event=old"
      params="event=jeddah-talks&from=2025-03&to=2025-04"
      title="Ceasefire talks"
      {...props}
    />,
  );
  return { ...result, onClose };
}

const code = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });

describe('EmbedCodeDialog', () => {
  it('is a dialog named by its heading, showing the snippet for the current view', () => {
    renderDialog();
    expect(screen.getByRole('dialog', { name: 'Embed this view' })).toBeTruthy();
    expect(code().value).toContain('src="https://parley.example/?embed=1&amp;event=jeddah-talks&amp;from=2025-03&amp;to=2025-04"');
    expect(code().value).toContain('<script src="https://parley.example/embed.js" async></script>');
  });

  it('explains instead of giving code when the view cannot be embedded, with nothing to copy', () => {
    renderDialog({ unavailable: 'An embed cannot carry draft.json, a file on this device.' });
    const dialog = screen.getByRole('dialog', { name: 'Embed this view' });
    expect(dialog.getAttribute('aria-describedby') && document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'An embed cannot carry draft.json, a file on this device.',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(dialog.textContent).not.toContain('iframe');
  });

  it('puts the chosen theme into the snippet', async () => {
    renderDialog();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(code().value).toContain('&amp;theme=dark"');
  });

  it('copies the snippet and announces it', async () => {
    const writeText = vi.fn(async () => {});
    renderDialog();
    // userEvent installs its own clipboard stub on setup, so ours goes in after it.
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(code().value);
    expect(screen.getByRole('status').textContent).toBe('Copied');
  });

  it('selects the code for copying by hand when the clipboard is refused', async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    renderDialog();
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('press Ctrl+C'));
    expect(document.activeElement).toBe(code());
    expect(code().selectionEnd - code().selectionStart).toBe(code().value.length);
  });

  it('calls onClose and gives focus back to what opened it when closed', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    // The app closes the dialog by unmounting it from onClose; this stands in for it.
    function Host() {
      const [open, setOpen] = useState(true);
      return open && (
        <EmbedCodeDialog
          open
          onClose={() => {
            onClose();
            setOpen(false);
          }}
          appUrl="https://parley.example/"
          params=""
          title="T"
        />
      );
    }
    render(<Host />);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('closes on Escape without letting the key reach the app behind it', async () => {
    const onAppKey = vi.fn();
    document.addEventListener('keydown', onAppKey);
    const { onClose } = renderDialog();
    code().focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onAppKey).not.toHaveBeenCalled();
    document.removeEventListener('keydown', onAppKey);
  });

  it('closes when its open prop turns false', () => {
    const { rerender, onClose } = renderDialog();
    rerender(<EmbedCodeDialog open={false} onClose={onClose} appUrl="https://parley.example/" params="" title="T" />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
