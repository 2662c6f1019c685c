import { describe, expect, it } from 'vitest';
import { modelRetryDelay, shouldRetryModelLoad } from './model-query-options';
import { ModelLoadError } from './model-load-error';

describe('shouldRetryModelLoad', () => {
  it.each([
    ['network', undefined, true],
    ['http', 503, true],
    ['http', 404, false],
    ['not-json', undefined, false],
    ['invalid-model', undefined, false],
    ['encoding', undefined, false],
    ['html', undefined, false],
  ] as const)('retries a %s error (status %s): %s', (kind, status, expected) => {
    const error = new ModelLoadError(kind, 'x', status === undefined ? {} : { status });
    expect(shouldRetryModelLoad(0, error)).toBe(expected);
  });

  it('gives up after three attempts', () => {
    expect(shouldRetryModelLoad(3, new ModelLoadError('network', 'x'))).toBe(false);
  });

  it('does not retry errors it does not know', () => {
    expect(shouldRetryModelLoad(0, new Error('boom'))).toBe(false);
  });
});

describe('modelRetryDelay', () => {
  it('backs off exponentially up to a cap', () => {
    expect([0, 1, 2, 10].map(modelRetryDelay)).toEqual([500, 1000, 2000, 4000]);
  });
});
