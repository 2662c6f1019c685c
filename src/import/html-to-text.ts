import { Parser } from 'htmlparser2';

/** A link found in HTML, with the text it was written on. */
export interface HtmlLink {
  readonly href: string;
  readonly text: string;
}

/** HTML reduced to what parley/1 can hold: plain text, the links, and what had to be left out. */
export interface HtmlText {
  readonly text: string;
  readonly links: readonly HtmlLink[];
  /** What was dropped, in words: `a <script> element`, `an image (<img>)`. */
  readonly dropped: readonly string[];
}

// Elements whose content is code or embedded media, never prose: dropped whole, and reported.
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'select', 'textarea', 'button']);
// Elements that start a paragraph of their own.
const PARAGRAPHS = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'pre', 'hr', 'address']);
// Elements that start a line of their own.
const LINES = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption']);
// Markers between text runs; symbols, so no text in the file can be mistaken for one.
const PARAGRAPH_BREAK = Symbol('paragraph');
const LINE_BREAK = Symbol('line');
type Part = string | typeof PARAGRAPH_BREAK | typeof LINE_BREAK;

/**
 * HTML (as TimelineJS allows in headlines, texts and captions) → plain text, parsed by htmlparser2 and
 * never given to a browser: nothing in it can run. Entities are decoded, paragraphs become blank lines,
 * `<br>` and list items new lines; scripts, styles and embedded media are dropped and named in
 * `dropped`, images too. The same code runs in Node (the import command), a Web Worker and the page.
 */
export function htmlToText(html: string): HtmlText {
  const parts: Part[] = [];
  const links: HtmlLink[] = [];
  const dropped: string[] = [];
  let skipDepth = 0;
  let link: { href: string; text: string[] } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0) {
          if (DROPPED.has(name)) skipDepth++;
          return;
        }
        if (DROPPED.has(name)) {
          skipDepth = 1;
          dropped.push(`a <${name}> element`);
          return;
        }
        if (name === 'img') {
          dropped.push(attributes.src ? `an image (<img src="${attributes.src}">)` : 'an image (<img>)');
          return;
        }
        if (PARAGRAPHS.has(name)) parts.push(PARAGRAPH_BREAK);
        else if (LINES.has(name)) parts.push(LINE_BREAK);
        if (name === 'a' && attributes.href !== undefined) link = { href: attributes.href.trim(), text: [] };
      },
      ontext(text) {
        if (skipDepth > 0) return;
        parts.push(text);
        link?.text.push(text);
      },
      onclosetag(name, isImplied) {
        if (skipDepth > 0) {
          if (DROPPED.has(name)) skipDepth--;
          return;
        }
        if (PARAGRAPHS.has(name) && !isImplied) parts.push(PARAGRAPH_BREAK);
        if (name === 'a' && link) {
          links.push({ href: link.href, text: collapse(link.text.join('')) });
          link = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { text: joinParts(parts), links, dropped };
}

// HTML's own white space only: a no-break space in the text is meant.
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

/** Text runs and break markers → lines: spaces collapsed, at most one blank line between paragraphs. */
function joinParts(parts: readonly Part[]): string {
  const paragraphs: string[][] = [[]];
  let line = '';
  const endLine = () => {
    const text = collapse(line);
    if (text) paragraphs.at(-1)?.push(text);
    line = '';
  };
  for (const part of parts) {
    if (part === PARAGRAPH_BREAK) {
      endLine();
      if ((paragraphs.at(-1)?.length ?? 0) > 0) paragraphs.push([]);
    } else if (part === LINE_BREAK) {
      endLine();
    } else {
      line += part;
    }
  }
  endLine();
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n');
}
