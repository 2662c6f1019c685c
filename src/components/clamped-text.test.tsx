// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClampedText } from './clamped-text.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom lays nothing out: pretend the paragraph's text needs `needed` px where `shown` are shown. */
function fakeLayout(needed: number, shown: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(needed);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(shown);
}

describe('ClampedText', () => {
  it('offers "More" when the text does not fit its lines, and "Less" once expanded', async () => {
    fakeLayout(120, 40);
    render(<ClampedText text="A long description." lines={2} moreLabel="of the description" />);
    const more = screen.getByRole('button', { name: 'More of the description' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const paragraph = document.getElementById(more.getAttribute('aria-controls')!);
    expect(paragraph?.textContent).toBe('A long description.');
    expect(paragraph?.style.getPropertyValue('--clamp-lines')).toBe('2');
    await userEvent.click(more);
    const less = screen.getByRole('button', { name: 'Less of the description' });
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(less.closest('.clamped-text')?.classList.contains('is-expanded')).toBe(true);
  });

  it('has no button when the text fits', () => {
    fakeLayout(40, 40);
    render(<ClampedText text="Short." lines={2} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Short.')).toBeTruthy();
  });
});
