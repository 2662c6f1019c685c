import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { StaticServer } from './start-static-server.ts';

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

/**
 * Serves a built site from a folder under a sub-path of its own, as a newsroom's web server would
 * (`/timelines/ceasefire/` → the folder): `index.html` for the folder itself, a redirect from the
 * path without its slash, 404 for anything outside the sub-path or the folder.
 */
export async function serveDirectory(root: string, basePath: string): Promise<StaticServer> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === base.slice(0, -1)) {
      response.writeHead(301, { Location: `${base}${url.search}` });
      response.end();
      return;
    }
    const relative = url.pathname.startsWith(base) ? decodeURIComponent(url.pathname.slice(base.length)) || 'index.html' : undefined;
    const file = relative === undefined ? undefined : normalize(join(root, relative));
    if (!file || !file.startsWith(normalize(root) + sep)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not found');
      },
    );
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
