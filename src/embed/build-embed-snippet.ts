/** The `theme=` values (the same as ThemeChoice in view-state/parse-app-params.ts). */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The height an embed has before (or without) embed.js: room for the timeline and a short panel. */
export const DEFAULT_EMBED_HEIGHT = 560;

// Parameters the host page decides, not the view being shared.
const HOST_PARAMS = new Set(['embed', 'theme', 'origins']);

export interface EmbedSnippetOptions {
  /** The address of the app as the reader sees it; its query and hash are ignored. */
  appUrl: string;
  /** The view's URL parameters, e.g. `event=jeddah-talks&from=2025-03&to=2025-04` (with or without "?"). */
  params: string | URLSearchParams;
  /** The embed's colour theme; 'auto' follows the reader's system setting and is left out of the link. */
  theme: EmbedTheme;
  /** The model's title, for the iframe's accessible name. */
  title: string;
}

/** Escapes text for a double-quoted HTML attribute: the title is model text and must stay text. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Keeps the view's own parameters as written (the app's codec keeps them readable), minus host ones. */
function viewParts(params: string | URLSearchParams): string[] {
  const raw = typeof params === 'string' ? params.replace(/^\?/, '') : params.toString();
  return raw.split('&').filter((part) => {
    if (part === '') return false;
    const name = part.split('=')[0] ?? '';
    try {
      return !HOST_PARAMS.has(decodeURIComponent(name.replace(/\+/g, ' ')));
    } catch {
      return false;
    }
  });
}

/**
 * The HTML an article pastes to embed the current view: an iframe that works on its own at a fixed
 * height, and embed.js, which sizes it to its content and offers the host API. The iframe sends its
 * host's origin (`referrerpolicy="strict-origin"`) even when the article's page sends no referrer, so
 * the embed knows whom to talk to without `origins=`.
 */
export function buildEmbedSnippet({ appUrl, params, theme, title }: EmbedSnippetOptions): string {
  const base = new URL(appUrl);
  base.search = '';
  base.hash = '';
  const query = ['embed=1', ...viewParts(params), ...(theme === 'auto' ? [] : [`theme=${theme}`])].join('&');
  const src = `${base.href}?${query}`;
  const script = new URL('embed.js', base).href;
  const name = `Parley timeline: ${title}`;
  return (
    `<iframe data-parley src="${escapeAttribute(src)}" title="${escapeAttribute(name)}" width="100%" ` +
    `height="${DEFAULT_EMBED_HEIGHT}" style="border:0" loading="lazy" referrerpolicy="strict-origin"></iframe>\n` +
    `<script src="${escapeAttribute(script)}" async></script>`
  );
}
