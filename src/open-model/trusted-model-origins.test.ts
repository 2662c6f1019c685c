import { describe, expect, it } from 'vitest';
import { isTrustedModelOrigin, parseTrustedModelOrigins } from './trusted-model-origins.ts';

const APP = 'https://parley.example';

describe('isTrustedModelOrigin', () => {
  it('trusts a model on the app’s own origin, relative or absolute', () => {
    expect(isTrustedModelOrigin('data/other.json', APP, [])).toBe(true);
    expect(isTrustedModelOrigin('https://parley.example/m/x.json', APP, [])).toBe(true);
  });

  it('does not trust a model from another origin', () => {
    expect(isTrustedModelOrigin('https://models.example/x.json', APP, [])).toBe(false);
  });

  it('trusts a model from an origin on the build’s list', () => {
    expect(isTrustedModelOrigin('https://models.example/x.json', APP, ['https://models.example'])).toBe(true);
  });

  it('tells origins apart by scheme, port and subdomain', () => {
    const trusted = ['https://models.example'];
    expect(isTrustedModelOrigin('http://models.example/x.json', APP, trusted)).toBe(false);
    expect(isTrustedModelOrigin('https://models.example:8443/x.json', APP, trusted)).toBe(false);
    expect(isTrustedModelOrigin('https://evil.models.example/x.json', APP, trusted)).toBe(false);
    expect(isTrustedModelOrigin('https://models.example.evil.test/x.json', APP, trusted)).toBe(false);
  });

  it('is not fooled by a trusted name in the user-info part of the URL', () => {
    expect(isTrustedModelOrigin('https://parley.example@evil.test/x.json', APP, [])).toBe(false);
  });

  it('does not trust an address it cannot parse, or one with an opaque origin', () => {
    expect(isTrustedModelOrigin('http://[bad', APP, [])).toBe(false);
    expect(isTrustedModelOrigin('data:application/json,{}', APP, [])).toBe(false);
  });

  it('trusts no relative URL when the app origin itself is opaque, as in a sandboxed frame', () => {
    expect(isTrustedModelOrigin('data/x.json', 'null', [])).toBe(false);
  });
});

describe('parseTrustedModelOrigins', () => {
  it('reads a comma-separated list, trimming spaces and a trailing slash', () => {
    expect(parseTrustedModelOrigins(' https://a.example , https://b.example:8443/ ')).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
  });

  it('drops entries that are not bare http(s) origins', () => {
    expect(parseTrustedModelOrigins('https://a.example/models,*,ftp://b.example,https://*.c.example,c.example')).toEqual([]);
  });

  it('gives an empty list when the variable is unset or empty', () => {
    expect(parseTrustedModelOrigins(undefined)).toEqual([]);
    expect(parseTrustedModelOrigins('')).toEqual([]);
  });
});
