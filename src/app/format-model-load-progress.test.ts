import { describe, expect, it } from 'vitest';
import { formatModelLoadProgress } from './format-model-load-progress';

const MB = 1024 * 1024;

describe('formatModelLoadProgress', () => {
  it('shows the bytes downloaded against the size when the server gave it', () => {
    expect(formatModelLoadProgress('big.json', { stage: 'download', loaded: 12.34 * MB, total: 48 * MB })).toEqual({
      sentence: 'Downloading big.json…', detail: '12.3 of 48.0 MB', value: 12.34 * MB, max: 48 * MB,
    });
  });

  it('shows only the bytes, with an indeterminate bar, when the size is unknown', () => {
    const text = formatModelLoadProgress('big.json', { stage: 'download', loaded: 3.5 * MB });
    expect(text).toEqual({ sentence: 'Downloading big.json…', detail: '3.5 MB' });
  });

  it('counts the events and statements being checked', () => {
    expect(formatModelLoadProgress('big.json', { stage: 'check', events: 100_000, statements: 50_000 }).sentence).toBe(
      'Checking 100,000 events and 50,000 statements…',
    );
    expect(formatModelLoadProgress('x.json', { stage: 'check', events: 1, statements: 0 }).sentence).toBe('Checking 1 event…');
  });

  it('names the reading and preparing steps', () => {
    expect(formatModelLoadProgress('big.json', { stage: 'parse', bytes: 48 * MB }).sentence).toBe('Reading big.json…');
    expect(formatModelLoadProgress('big.json', { stage: 'prepare', share: 0.5 })).toMatchObject({ sentence: 'Preparing the timeline…', value: 0.5, max: 1 });
    expect(formatModelLoadProgress('big.json', undefined).sentence).toBe('Loading big.json…');
  });
});
