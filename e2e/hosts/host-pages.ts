import { escapeAttribute, readHostFile, startStaticServer, type StaticServer } from './start-static-server.ts';

export interface HostPageOptions {
  /** The app's query for the iframe, e.g. `embed=1&from=2025-03-09&to=2025-03-20`. */
  query: string;
  /** A sandbox attribute value, e.g. `allow-scripts`; none by default. */
  sandbox?: string;
  /** The event the page's data-parley-select link selects. */
  linkEvent?: string;
}

/**
 * Serves the test host pages from an origin of their own: `/host.html` (an article page embedding the
 * app with embed.js) and `/third-party.html` (a page that frames a host page, to attack the embed).
 * The app's address comes from Playwright's baseURL.
 */
export async function startHostServer(appBaseUrl: string): Promise<StaticServer & { hostPage(options: HostPageOptions): string }> {
  const app = new URL(appBaseUrl);
  const server = await startStaticServer({
    routes: {
      '/host.html': {
        type: 'text/html; charset=utf-8',
        body: (url) => {
          const src = new URL(`?${url.searchParams.get('query') ?? 'embed=1'}`, app).href;
          const sandbox = url.searchParams.get('sandbox');
          return readHostFile('host.html')
            .replace('{{SRC}}', escapeAttribute(src))
            .replace('{{EMBED_JS}}', escapeAttribute(new URL('embed.js', app).href))
            .replace('{{LINK_EVENT}}', escapeAttribute(url.searchParams.get('link') ?? ''))
            .replace('{{SANDBOX}}', sandbox === null ? '' : `sandbox="${escapeAttribute(sandbox)}"`);
        },
      },
      '/third-party.html': {
        type: 'text/html; charset=utf-8',
        body: (url) => readHostFile('third-party.html').replace('{{HOST_PAGE}}', escapeAttribute(url.searchParams.get('host') ?? '')),
      },
      '/host.js': { type: 'text/javascript', body: readHostFile('host.js') },
      '/host.css': { type: 'text/css', body: readHostFile('host.css') },
    },
  });
  return {
    ...server,
    hostPage({ query, sandbox, linkEvent }) {
      const params = new URLSearchParams({ query });
      if (sandbox !== undefined) params.set('sandbox', sandbox);
      if (linkEvent !== undefined) params.set('link', linkEvent);
      return `${server.origin}/host.html?${params}`;
    },
  };
}
