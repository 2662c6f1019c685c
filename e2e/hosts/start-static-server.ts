import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A tiny HTTP server on 127.0.0.1 and a free port: another origin than the app, for host pages and models. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:39123`. */
  readonly origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Path → response. A function gets the request URL, for pages templated from their query. */
  routes?: Record<string, { type: string; body: string | ((url: URL) => string) }>;
  /**
   * A built site served from a folder under a sub-path of its own, as a newsroom's web server would
   * (`/timelines/ceasefire/` → the folder): `index.html` for the folder itself, a redirect from the
   * path without its slash, 404 for anything outside the sub-path or the folder.
   */
  directory?: { readonly root: string; readonly basePath: string };
  /** Send `Access-Control-Allow-Origin: *`, as a model host that welcomes other sites does. */
  cors?: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The file of the folder `root`, served under `base` (ending in /), that a request path names; undefined outside either. */
function fileOf(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const file = normalize(join(root, decodeURIComponent(pathname.slice(base.length)) || 'index.html'));
  return file.startsWith(normalize(root) + sep) ? file : undefined;
}

/** Reads a file of this folder (e2e/hosts/) as text. */
export function readHostFile(name: string): string {
  return readFileSync(new URL(name, import.meta.url), 'utf8');
}

/** Escapes text for an HTML attribute value in a templated page. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Serves `routes` and a `directory`'s files (no-store), everything else as 404: the one static server of the e2e tests. */
export async function startStaticServer({ routes = {}, directory, cors = false }: StaticServerOptions): Promise<StaticServer> {
  const base = directory && (directory.basePath.endsWith('/') ? directory.basePath : `${directory.basePath}/`);
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    const notFound = () => {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      response.end('Not found');
    };
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (route) {
      response.writeHead(200, { ...headers, 'Content-Type': route.type });
      response.end(typeof route.body === 'function' ? route.body(url) : route.body);
      return;
    }
    if (!directory || !base) return notFound();
    if (url.pathname === base.slice(0, -1)) {
      response.writeHead(301, { ...headers, Location: `${base}${url.search}` });
      response.end();
      return;
    }
    const file = fileOf(directory.root, base, url.pathname);
    if (!file) return notFound();
    readFile(file).then((body) => {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    }, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
