// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ModelDropZone } from './model-drop-zone.tsx';

afterEach(cleanup);

/** jsdom has no DataTransfer or DragEvent; the hook reads only `types`, `files` and `dropEffect`. */
function drag(type: string, options: { files?: File[]; types?: string[] } = {}) {
  const files = options.files ?? [];
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types: options.types ?? (files.length > 0 ? ['Files'] : ['Files']), files, dropEffect: 'none' },
  });
  act(() => {
    document.body.dispatchEvent(event);
  });
  return event;
}

const overlay = () => screen.queryByText('Drop a model, a TimelineJS file or CSV files to open them');

describe('ModelDropZone', () => {
  it('shows an overlay while a file is dragged over the page and hides it when the drag leaves', () => {
    render(<ModelDropZone onModelFiles={() => {}} />);
    expect(overlay()).toBeNull();
    drag('dragenter');
    expect(overlay()).not.toBeNull();
    drag('dragleave');
    expect(overlay()).toBeNull();
  });

  it('keeps the overlay while the drag crosses child elements', () => {
    render(<ModelDropZone onModelFiles={() => {}} />);
    drag('dragenter');
    drag('dragenter');
    drag('dragleave');
    expect(overlay()).not.toBeNull();
  });

  it('passes the dropped file on and keeps the browser from opening it', () => {
    const onModelFiles = vi.fn();
    render(<ModelDropZone onModelFiles={onModelFiles} />);
    const file = new File(['{}'], 'model.json', { type: 'application/json' });
    const other = new File(['id,name'], 'actors.csv', { type: 'text/csv' });
    drag('dragenter', { files: [file] });
    expect(drag('dragover', { files: [file] }).defaultPrevented).toBe(true);
    const drop = drag('drop', { files: [file, other] });
    expect(drop.defaultPrevented).toBe(true);
    expect(onModelFiles).toHaveBeenCalledWith([file, other]);
    expect(overlay()).toBeNull();
  });

  it('leaves drags of text and links alone', () => {
    const onModelFiles = vi.fn();
    render(<ModelDropZone onModelFiles={onModelFiles} />);
    drag('dragenter', { types: ['text/plain'] });
    expect(overlay()).toBeNull();
    expect(drag('drop', { types: ['text/plain'] }).defaultPrevented).toBe(false);
    expect(onModelFiles).not.toHaveBeenCalled();
  });
});
