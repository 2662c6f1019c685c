/**
 * App-level parameters: read once at start by the app shell, never written by the view store.
 * They describe how the page is hosted (embed, theme, which model), not what the reader is looking at.
 */

export type ThemeChoice = 'light' | 'dark' | 'auto';

export interface AppParams {
  /** `embed=1`: running inside a host page's iframe (compact chrome, height messages). */
  readonly embed: boolean;
  /** `theme=light|dark|auto`; auto follows the reader's system setting. */
  readonly theme: ThemeChoice;
  /** `model=<url>`: an http(s) or relative URL of the model file; undefined uses the bundled model. */
  readonly model?: string;
  /** `origins=<origin,origin>`: host origins allowed to exchange messages with an embed. */
  readonly origins: readonly string[];
}

export const DEFAULT_APP_PARAMS: AppParams = { embed: false, theme: 'auto', origins: [] };

const THEMES: readonly string[] = ['light', 'dark', 'auto'] satisfies ThemeChoice[];

function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** True for an http(s) URL, absolute or relative to the page; rules out `javascript:`, `data:` and the like. */
function isModelUrl(value: string): boolean {
  try {
    const url = new URL(value, 'https://base.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** True for a bare origin such as `https://news.example:8443` (no path, no wildcard). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Parses the app parameters of a query string (with or without "?"). Never throws: malformed values
 * fall back to defaults with a notice, as parseViewParams does.
 */
export function parseAppParams(search: string | URLSearchParams): { params: AppParams; notices: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const get = (name: string) => params.getAll(name).find((v) => v !== '');

  let embed = DEFAULT_APP_PARAMS.embed;
  const embedRaw = get('embed');
  if (embedRaw === '1' || embedRaw === 'true') embed = true;
  else if (embedRaw !== undefined && embedRaw !== '0' && embedRaw !== 'false') {
    notices.push(`The link's "embed" value ${show(embedRaw)} isn't 1 or 0; showing the full page.`);
  }

  let theme = DEFAULT_APP_PARAMS.theme;
  const themeRaw = get('theme');
  if (themeRaw !== undefined) {
    if (THEMES.includes(themeRaw)) theme = themeRaw as ThemeChoice;
    else notices.push(`The link asked for theme ${show(themeRaw)}; following the system setting.`);
  }

  let model: string | undefined;
  const modelRaw = get('model');
  if (modelRaw !== undefined) {
    if (isModelUrl(modelRaw)) model = modelRaw;
    else notices.push(`The link's model address ${show(modelRaw)} isn't a web address; showing the built-in model.`);
  }

  const origins: string[] = [];
  const originsRaw = get('origins');
  if (originsRaw !== undefined) {
    const items = originsRaw.split(',').map((o) => o.trim()).filter((o) => o !== '');
    const bad = items.filter((o) => !isOrigin(o));
    if (bad.length > 0) {
      notices.push(`The link's "origins" had values that aren't origins like https://example.org (${bad.map(show).join(', ')}); ignoring them.`);
    }
    for (const o of items) if (isOrigin(o) && !origins.includes(o)) origins.push(o);
  }

  return { params: { embed, theme, ...(model !== undefined && { model }), origins }, notices };
}
