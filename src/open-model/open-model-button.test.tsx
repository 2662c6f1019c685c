// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OpenModelButton } from './open-model-button.tsx';

afterEach(cleanup);

describe('OpenModelButton', () => {
  it('is a file control named "Open model…" that asks for JSON files', () => {
    render(<OpenModelButton onModelFile={() => {}} />);
    const input = screen.getByLabelText<HTMLInputElement>('Open model…');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json');
  });

  it('passes the chosen file on', async () => {
    const onModelFile = vi.fn();
    render(<OpenModelButton onModelFile={onModelFile} />);
    const file = new File(['{}'], 'model.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Open model…'), file);
    expect(onModelFile).toHaveBeenCalledWith(file);
  });

  it('clears its value so the same file can be chosen again after a fix', async () => {
    const onModelFile = vi.fn();
    render(<OpenModelButton onModelFile={onModelFile} />);
    const input = screen.getByLabelText<HTMLInputElement>('Open model…');
    await userEvent.upload(input, new File(['{}'], 'model.json', { type: 'application/json' }));
    expect(input.value).toBe('');
  });
});
