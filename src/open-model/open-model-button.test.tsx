// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OpenModelButton } from './open-model-button.tsx';

afterEach(cleanup);

describe('OpenModelButton', () => {
  it('is a file control named "Open model…" that asks for JSON and CSV files, several at once', () => {
    render(<OpenModelButton onModelFiles={() => {}} />);
    const input = screen.getByLabelText<HTMLInputElement>('Open model…');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json,.csv,text/csv');
    expect(input.multiple).toBe(true);
  });

  it('passes the chosen files on', async () => {
    const onModelFiles = vi.fn();
    render(<OpenModelButton onModelFiles={onModelFiles} />);
    const events = new File(['id,title'], 'events.csv', { type: 'text/csv' });
    const actors = new File(['id,name'], 'actors.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Open model…'), [events, actors]);
    expect(onModelFiles).toHaveBeenCalledWith([events, actors]);
  });

  it('clears its value so the same file can be chosen again after a fix', async () => {
    const onModelFiles = vi.fn();
    render(<OpenModelButton onModelFiles={onModelFiles} />);
    const input = screen.getByLabelText<HTMLInputElement>('Open model…');
    await userEvent.upload(input, new File(['{}'], 'model.json', { type: 'application/json' }));
    expect(input.value).toBe('');
  });
});
