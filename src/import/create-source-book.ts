import type { JsonRecord } from '../model/loose-json.ts';
import { URL_PATTERN, type SourceEntry } from '../model/model-file-schema.ts';
import type { IdAllocator } from './create-id-allocator.ts';
import { htmlToText, type HtmlLink } from './html-to-text.ts';

type Note = (at: string, message: string) => void;

const HTTP_URL = new RegExp(URL_PATTERN);

/** Host and path of a URL, for a source with no title of its own: `en.wikipedia.org/wiki/Ada_Lovelace`. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    let path = parsed.pathname;
    try {
      path = decodeURI(path);
    } catch {
      // Keep the encoded path.
    }
    return `${parsed.host}${path === '/' ? '' : path}`;
  } catch {
    return url;
  }
}

function hostLabel(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The sources a conversion makes from links and media, one per URL. */
export interface SourceBook {
  readonly list: readonly SourceEntry[];
  /** Where each source was first met, by index in `list`. */
  readonly origins: readonly string[];
  /** A link in a text → the id of its source, or undefined (with a note) when it is not an http(s) link. */
  addLink(link: HtmlLink, at: string, note: Note): string | undefined;
  /** A TimelineJS media object → the id of a source for its URL, or undefined (with a note). */
  addMedia(media: JsonRecord, at: (field: string) => string, note: Note): string | undefined;
}

export function createSourceBook(ids: IdAllocator): SourceBook {
  const list: SourceEntry[] = [];
  const origins: string[] = [];
  const byUrl = new Map<string, string>();

  const add = (url: string, title: string, at: string): string => {
    const known = byUrl.get(url);
    if (known) return known;
    const { id } = ids.allocate(`${hostLabel(url)} ${title}`, 'source');
    byUrl.set(url, id);
    list.push({ id, title: title || describeUrl(url), url });
    origins.push(at);
    return id;
  };

  return {
    list,
    origins,
    addLink(link, at, note) {
      if (!HTTP_URL.test(link.href)) {
        if (link.href !== '' && !link.href.startsWith('#')) {
          note(at, `the link to "${link.href}" is not carried over: only http and https links become sources`);
        }
        return undefined;
      }
      const title = link.text && link.text !== link.href ? link.text : describeUrl(link.href);
      return add(link.href, title, at);
    },
    addMedia(media, at, note) {
      const url = typeof media.url === 'string' ? media.url.trim() : '';
      if (url === '') return undefined;
      if (url.startsWith('<')) {
        const tag = /^<\s*([a-z0-9-]+)/i.exec(url)?.[1]?.toLowerCase() ?? 'html';
        note(at('media.url'), `embedded HTML (<${tag}>), not a link: not carried over. If it quotes someone, add the quote as a statement with its speaker and source`);
        return undefined;
      }
      if (!HTTP_URL.test(url)) {
        note(at('media.url'), `"${url}" is not carried over: only http and https addresses become sources`);
        return undefined;
      }
      const caption = typeof media.caption === 'string' ? htmlToText(media.caption) : undefined;
      for (const what of caption?.dropped ?? []) note(at('media.caption'), `${what} was left out`);
      for (const link of caption?.links ?? []) this.addLink(link, at('media.caption'), note);
      const mediaTitle = typeof media.title === 'string' ? htmlToText(media.title).text : '';
      return add(url, caption?.text || mediaTitle || describeUrl(url), at('media.url'));
    },
  };
}
