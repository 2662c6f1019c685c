import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('decodes entities and keeps paragraphs and line breaks', () => {
    expect(htmlToText('<p>Caf&eacute; &amp; bar&nbsp;&#8212; ok</p><p>two<br>lines</p><ul><li>a</li><li>b</li></ul>').text).toBe('Café & bar\u00a0— ok\n\ntwo\nlines\n\na\nb');
  });

  it('collects links with their text, whatever their scheme', () => {
    expect(htmlToText('<a href=" https://x.test/a ">A  link</a> and <a href="mailto:a@b.test">mail</a>').links).toEqual([
      { href: 'https://x.test/a', text: 'A link' },
      { href: 'mailto:a@b.test', text: 'mail' },
    ]);
  });

  it('reads text that is not HTML as it is', () => {
    expect(htmlToText('Plain words, 3 > 2').text).toBe('Plain words, 3 > 2');
  });

  it('never lets the content of a script, style or embed through, and names what it dropped', () => {
    fc.assert(
      fc.property(fc.constantFrom('script', 'style', 'iframe', 'object', 'template'), fc.stringMatching(/^[a-z0-9 ();=."']{1,30}$/), (tag, code) => {
        const result = htmlToText(`<p>before</p><${tag}>SECRET${code}</${tag}><p>after</p>`);
        expect(result.text).toBe('before\n\nafter');
        expect(result.dropped).toEqual([`a <${tag}> element`]);
      }),
    );
  });

  it('gives plain text without markup for any input', () => {
    fc.assert(
      fc.property(fc.string(), (html) => {
        const { text } = htmlToText(`<b>${html}</b>`);
        expect(text).not.toMatch(/<\/?b>/);
      }),
    );
  });
});
