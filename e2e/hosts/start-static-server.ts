import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

/** A tiny HTTP server on 127.0.0.1 and a free port: another origin than the app, for host pages and models. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:39123`. */
  readonly origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Path → response. A function gets the request URL, for pages templated from their query. */
  routes: Record<string, { type: string; body: string | ((url: URL) => string) }>;
  /** Send `Access-Control-Allow-Origin: *`, as a model host that welcomes other sites does. */
  cors?: boolean;
}

/** Reads a file of this folder (e2e/hosts/) as text. */
export function readHostFile(name: string): string {
  return readFileSync(new URL(name, import.meta.url), 'utf8');
}

/** Escapes text for an HTML attribute value in a templated page. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function startStaticServer({ routes, cors = false }: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (!route) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': route.type });
    response.end(typeof route.body === 'function' ? route.body(url) : route.body);
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
