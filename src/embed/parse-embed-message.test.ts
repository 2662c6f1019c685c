import { describe, expect, it } from 'vitest';
import { parseEmbedMessage } from './parse-embed-message.ts';

describe('parseEmbedMessage', () => {
  it.each([
    [{ type: 'parley:select', event: 'talks-2025-03-11' }, { type: 'select', kind: 'event', id: 'talks-2025-03-11' }],
    [{ type: 'parley:select', actor: 'putin' }, { type: 'select', kind: 'actor', id: 'putin' }],
    [{ type: 'parley:select', statement: 's_1' }, { type: 'select', kind: 'statement', id: 's_1' }],
  ])('reads the select command %j', (data, expected) => {
    expect(parseEmbedMessage(data)).toEqual(expected);
  });

  it('reads a window of partial dates of different precision', () => {
    expect(parseEmbedMessage({ type: 'parley:window', from: '2025-03', to: '2025-04-15' })).toEqual({
      type: 'window',
      from: '2025-03',
      to: '2025-04-15',
    });
  });

  it('reads a ping', () => {
    expect(parseEmbedMessage({ type: 'parley:ping' })).toEqual({ type: 'ping' });
  });

  it('accepts a window that starts and ends in the same month', () => {
    expect(parseEmbedMessage({ type: 'parley:window', from: '2025-03', to: '2025-03' })).not.toBeNull();
  });

  it.each([
    ['a string', 'parley:select'],
    ['null', null],
    ['an array', [{ type: 'parley:select', event: 'a' }]],
    ['another namespace', { type: 'select', event: 'a' }],
    ['an unknown parley type', { type: 'parley:delete', event: 'a' }],
    ['no id', { type: 'parley:select' }],
    ['two ids', { type: 'parley:select', event: 'a', actor: 'b' }],
    ['an id with capitals', { type: 'parley:select', event: 'Talks' }],
    ['an id with markup', { type: 'parley:select', event: '<img src=x onerror=alert(1)>' }],
    ['an id of 65 characters', { type: 'parley:select', event: 'a'.repeat(65) }],
    ['an id that is a number', { type: 'parley:select', event: 42 }],
    ['an id that is null', { type: 'parley:select', event: null }],
    ['a window missing its end', { type: 'parley:window', from: '2025-03' }],
    ['a window with a made-up date', { type: 'parley:window', from: '2025-02-30', to: '2025-03' }],
    ['a reversed window', { type: 'parley:window', from: '2025-04', to: '2025-03' }],
    ['a window with numbers', { type: 'parley:window', from: 2025, to: 2026 }],
    ['a window with an endless date', { type: 'parley:window', from: '2025'.repeat(100), to: '2026' }],
  ])('ignores %s', (_, data) => {
    expect(parseEmbedMessage(data)).toBeNull();
  });

  it('ignores an object whose getter throws instead of throwing itself', () => {
    const hostile = {
      type: 'parley:select',
      get event(): string {
        throw new Error('gotcha');
      },
    };
    expect(parseEmbedMessage(hostile)).toBeNull();
  });

  it('reads the id of the slug pattern’s maximum length of 64 characters', () => {
    expect(parseEmbedMessage({ type: 'parley:select', event: 'a'.repeat(64) })).not.toBeNull();
  });
});

describe('parseEmbedMessage: parley:step', () => {
  it('reads a 1-based step number', () => {
    expect(parseEmbedMessage({ type: 'parley:step', step: 3 })).toEqual({ type: 'step', step: 3 });
  });

  it.each([0, -1, 2.5, '3', null, Number.NaN, Infinity, 10_000])('refuses step %j', (step) => {
    expect(parseEmbedMessage({ type: 'parley:step', step })).toBeNull();
  });
});
