import { describe, expect, it } from 'vitest';
import { resolveAllowedOrigins } from './resolve-allowed-origins.ts';

describe('resolveAllowedOrigins', () => {
  it('trusts the origins listed in origins= and nothing else', () => {
    expect(
      resolveAllowedOrigins({
        origins: ['https://news.example', 'https://www.news.example:8443'],
        referrer: 'https://other.example/page',
        ancestorOrigins: ['https://other.example'],
      }),
    ).toEqual(['https://news.example', 'https://www.news.example:8443']);
  });

  it('drops listed entries that are not bare http(s) origins', () => {
    expect(
      resolveAllowedOrigins({
        origins: ['https://news.example/path', '*', 'null', 'data:text/plain,x', 'file:///tmp', 'https://ok.example'],
      }),
    ).toEqual(['https://ok.example']);
  });

  it('lists a repeated origin once', () => {
    expect(resolveAllowedOrigins({ origins: ['https://a.example', 'https://a.example'] })).toEqual(['https://a.example']);
  });

  it('trusts nothing when origins= lists only junk, rather than falling back to the referrer', () => {
    expect(resolveAllowedOrigins({ origins: ['*'], referrer: 'https://news.example/' })).toEqual([]);
  });

  it('defaults to the parent origin from ancestorOrigins', () => {
    expect(resolveAllowedOrigins({ ancestorOrigins: ['https://news.example', 'https://top.example'] })).toEqual([
      'https://news.example',
    ]);
  });

  it('prefers ancestorOrigins to a referrer left by whoever navigated the frame', () => {
    expect(
      resolveAllowedOrigins({ ancestorOrigins: ['https://news.example'], referrer: 'https://navigator.example/x' }),
    ).toEqual(['https://news.example']);
  });

  it('falls back to the referrer’s origin when the browser has no ancestorOrigins', () => {
    expect(resolveAllowedOrigins({ referrer: 'https://news.example/2025/03/ceasefire?x=1#y' })).toEqual([
      'https://news.example',
    ]);
  });

  it('trusts nothing when neither the referrer nor ancestorOrigins is known', () => {
    expect(resolveAllowedOrigins({ referrer: '', ancestorOrigins: [] })).toEqual([]);
    expect(resolveAllowedOrigins({})).toEqual([]);
  });

  it('trusts nothing for an opaque parent, which postMessage cannot address', () => {
    expect(resolveAllowedOrigins({ ancestorOrigins: ['null'], referrer: 'https://news.example/' })).toEqual([]);
    expect(resolveAllowedOrigins({ referrer: 'null' })).toEqual([]);
  });

  it('ignores a referrer that is not an http(s) page', () => {
    expect(resolveAllowedOrigins({ referrer: 'file:///Users/me/draft.html' })).toEqual([]);
    expect(resolveAllowedOrigins({ referrer: 'not a url' })).toEqual([]);
  });
});
