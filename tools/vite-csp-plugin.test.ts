import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, findInlineCode, injectCspMeta, viteCspPlugin } from './vite-csp-plugin.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Parley</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

function runPlugin(html: string): string {
  const hook = viteCspPlugin().transformIndexHtml;
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered transformIndexHtml hook');
  const handler = hook.handler as (html: string) => string;
  return handler(html);
}

describe('viteCspPlugin', () => {
  it('only runs for builds, after Vite’s own HTML transforms', () => {
    const plugin = viteCspPlugin();
    expect(plugin.apply).toBe('build');
    expect(plugin.transformIndexHtml).toMatchObject({ order: 'post' });
  });

  it('puts the policy in a meta tag right after the charset, before any script or stylesheet', () => {
    const out = runPlugin(BUILT);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(meta).toBeLessThan(out.indexOf('<link'));
  });

  it('ships the agreed policy: no inline code, no eval, models from any http(s) address, workers from the app only', () => {
    const content = /content="([^"]*)"/.exec(runPlugin(BUILT))?.[1];
    expect(content).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https: http:; " +
        "worker-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
  });

  it('fails the build for a page with an inline script', () => {
    expect(() => runPlugin(BUILT.replace('</body>', '<script>window.x = 1</script></body>'))).toThrow(/inline <script>/);
  });

  it('refuses to add a second policy to a page that already has one', () => {
    const html = BUILT.replace('<title>', `<meta http-equiv="Content-Security-Policy" content="default-src *" /><title>`);
    expect(() => runPlugin(html)).toThrow(/already has a Content-Security-Policy/);
  });
});

describe('injectCspMeta', () => {
  it('falls back to the start of <head> when there is no charset meta', () => {
    const out = injectCspMeta('<html><head><title>x</title></head></html>', "default-src 'self'");
    expect(out).toBe(`<html><head>\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" /><title>x</title></head></html>`);
  });

  it('escapes quotes in the policy', () => {
    expect(injectCspMeta('<head>', 'a "b"')).toContain('content="a &quot;b&quot;"');
  });
});

describe('findInlineCode', () => {
  it('finds nothing in a page of external scripts and stylesheets', () => {
    expect(findInlineCode(BUILT)).toEqual([]);
  });

  it.each([
    ['an inline script', '<script>alert(1)</script>', /inline <script>/],
    ['an inline module script', '<script type="module">import "x"</script>', /inline <script>/],
    ['an import map', '<script type="importmap">{}</script>', /inline <script>/],
    ['a script with both src and code', '<script src="a.js">alert(1)</script>', /with inline code/],
    ['a style element', '<style>body{}</style>', /<style> element/],
    ['a style attribute', '<div style="color:red"></div>', /style attribute/],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror handler/],
    ['a javascript: URL', '<a href="javascript:alert(1)">x</a>', /javascript: URL/],
  ])('finds %s', (_, snippet, expected) => {
    expect(findInlineCode(BUILT.replace('<div id="root"></div>', snippet)).join('\n')).toMatch(expected);
  });

  it('ignores JSON data blocks and comments, which run no code', () => {
    const html = BUILT.replace('<div id="root"></div>', '<script type="application/ld+json">{}</script><!-- <script>x</script> -->');
    expect(findInlineCode(html)).toEqual([]);
  });
});
