import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet } from './build-embed-snippet.ts';

const base = { appUrl: 'https://parley.example/app/', params: '', theme: 'auto' as const, title: 'Ceasefire talks 2025' };

function iframeSrc(snippet: string): string {
  const match = /<iframe[^>]* src="([^"]*)"/.exec(snippet);
  if (!match?.[1]) throw new Error('no iframe src');
  return match[1].replace(/&amp;/g, '&');
}

describe('buildEmbedSnippet', () => {
  it('embeds the current view with embed=1 first and the view parameters as written', () => {
    const snippet = buildEmbedSnippet({ ...base, params: 'event=jeddah-talks&from=2025-03&to=2025-04&lanes=compact' });
    expect(iframeSrc(snippet)).toBe('https://parley.example/app/?embed=1&event=jeddah-talks&from=2025-03&to=2025-04&lanes=compact');
  });

  it('writes the full snippet: a fixed-height iframe that works alone, then the script', () => {
    expect(buildEmbedSnippet({ ...base, params: 'event=a' })).toBe(
      '<iframe data-parley src="https://parley.example/app/?embed=1&amp;event=a" title="Parley timeline: Ceasefire talks 2025" ' +
        'width="100%" height="560" style="border:0" loading="lazy" referrerpolicy="strict-origin"></iframe>\n' +
        '<script src="https://parley.example/app/embed.js" async></script>',
    );
  });

  it('adds the chosen theme, and leaves out the default auto', () => {
    expect(iframeSrc(buildEmbedSnippet({ ...base, theme: 'dark' }))).toBe('https://parley.example/app/?embed=1&theme=dark');
    expect(iframeSrc(buildEmbedSnippet({ ...base, theme: 'auto' }))).toBe('https://parley.example/app/?embed=1');
  });

  it('ignores the query and hash of the app address and finds embed.js beside index.html', () => {
    const snippet = buildEmbedSnippet({ ...base, appUrl: 'https://parley.example/app/index.html?event=x#top' });
    expect(iframeSrc(snippet)).toBe('https://parley.example/app/index.html?embed=1');
    expect(snippet).toContain('<script src="https://parley.example/app/embed.js" async></script>');
  });

  it('drops the parameters a host decides (embed, theme, origins) from the view parameters', () => {
    const snippet = buildEmbedSnippet({ ...base, params: '?embed=0&theme=light&origins=https://x.example&event=a', theme: 'dark' });
    expect(iframeSrc(snippet)).toBe('https://parley.example/app/?embed=1&event=a&theme=dark');
  });

  it('keeps a model address, so the embed shows the same model', () => {
    const params = new URLSearchParams({ model: 'https://models.example/m.json', event: 'a' });
    expect(new URL(iframeSrc(buildEmbedSnippet({ ...base, params }))).searchParams.get('model')).toBe('https://models.example/m.json');
  });

  it('escapes a model title so it cannot break out of the title attribute', () => {
    const snippet = buildEmbedSnippet({ ...base, title: '"><script>alert(1)</script> & co' });
    expect(snippet).toContain('title="Parley timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});
