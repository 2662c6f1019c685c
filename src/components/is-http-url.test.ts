import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './is-http-url.ts';

describe('isHttpUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    ['a javascript: URL', 'java' + 'script:alert(1)'],
    ['a javascript: URL with leading space and mixed case', '  JaVa' + 'Script:alert(1)'],
    ['a data: URL', 'data:text/html,<b>x</b>'],
    ['a relative path', '/page'],
    ['a protocol-relative URL', '//example.org'],
    ['an empty string', ''],
    ['nothing', undefined],
  ])('rejects %s', (_, url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});
