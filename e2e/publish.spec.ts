import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from './hosts/start-static-server.ts';

// README "Publishing": `PARLEY_MODEL=path/to/model.json npm run build` makes a site around another
// model, which works from any folder of a web server. This builds one (the slow part: one build per
// run of this file) and serves it under /timelines/harbour/, as a newsroom would.

const MODEL_PATH = fileURLToPath(new URL('./hosts/models/second-model.json', import.meta.url));
const MODEL = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { title: string; events: { id: string; title: string }[] };
const BASE = '/timelines/harbour/';

let outDir: string;
let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'parley-publish-'));
  await promisify(execFile)('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, PARLEY_MODEL: MODEL_PATH },
    maxBuffer: 16 * 1024 * 1024,
  });
  server = await startStaticServer({ directory: { root: outDir, basePath: BASE } });
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('a build around another model, served under a sub-path, shows that model with all its files', async ({ page }) => {
  const failed: string[] = [];
  const requested: string[] = [];
  page.on('response', (response) => {
    requested.push(new URL(response.url()).pathname);
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // A request the page itself cancelled (net::ERR_ABORTED) is not a missing file: on a slow machine the
  // model's streamed prefetch was seen reported as aborted after the model had been read and shown.
  // Any other failure (refused, not found, 4xx/5xx above) still fails the test.
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') failed.push(`failed ${request.url()} ${reason}`);
  });
  await page.goto(`${server.origin}${BASE}`);
  await expect(page.getByRole('heading', { level: 1, name: MODEL.title })).toBeVisible();
  for (const event of MODEL.events) await expect(page.getByRole('button', { name: startsWith(event.title) }).first()).toBeVisible();
  // Its own model, at its own address, fetched once (by the prefetch); scripts and styles from the sub-path.
  expect(requested.filter((p) => p.endsWith('.json') && p.includes('/data/'))).toEqual([`${BASE}data/second-model.json`]);
  expect(requested.some((p) => p.startsWith(`${BASE}assets/`) && p.endsWith('.js'))).toBe(true);
  expect(requested.some((p) => p.startsWith(`${BASE}assets/`) && p.endsWith('.css'))).toBe(true);
  expect(failed).toEqual([]);
  // The example model is not part of this site.
  expect(existsSync(join(outDir, 'data', 'ukraine-ceasefire-2025.json'))).toBe(false);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('data-model="data/second-model.json"');
});

test('deep links and the embed snippet of a sub-path site point into the sub-path, without model=', async ({ page }) => {
  const event = MODEL.events[0];
  if (!event) throw new Error('the test model has no events');
  await page.goto(`${server.origin}${BASE}?event=${event.id}`);
  await expect(page.getByRole('complementary', { name: startsWith(event.title) })).toBeVisible();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const code = await page.getByRole('dialog', { name: 'Embed this view' }).getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain(`src="${server.origin}${BASE}?embed=1&amp;event=${event.id}`);
  expect(code).toContain(`<script src="${server.origin}${BASE}embed.js" async></script>`);
  expect(code).not.toContain('model=');
  // The embed itself works from there.
  await page.goto(`${server.origin}${BASE}?embed=1&event=${event.id}`);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});
