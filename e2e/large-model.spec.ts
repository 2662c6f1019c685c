import { expect, test, type Page } from '@playwright/test';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateModel } from '../bench/generate-model.ts';
import { BUNDLED_MODEL_URL_GLOB, readBundledModel } from './model-file';
import { startHostServer } from './hosts/host-pages.ts';

// Assumptions about the app: a model of 8 MB or more is checked in a worker; a load still running after
// 0.4 s shows its progress (a progressbar named "Loading <file>", the stage in a status) and a Cancel
// button; a file opened over a model shows that progress in a dialog named "Opening <file>". The
// timeline is a region named "Timeline"; the full page's level-1 heading is the model's title.

/** 30,000 events, 120 actors, 15,000 statements: ~14 MB, over the worker threshold and quick to check. */
const LARGE = generateModel({ events: 30_000, actors: 120, statements: 15_000, seed: 3 });
const LARGE_TEXT = JSON.stringify(LARGE);
const LARGE_PATH = '**/bench-data/large-model.json';
const BUNDLED = readBundledModel();

// A 14 MB model is checked in a few seconds; on a loaded machine, in several times that.
test.describe.configure({ timeout: 120_000 });

/** The large model as a file on disk, to open with "Open model…" (a path, not 14 MB sent through the protocol). */
let largeFile: string;
let againFile: string;
test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-large-'));
  largeFile = join(dir, 'large-model.json');
  againFile = join(dir, 'again.json');
  writeFileSync(largeFile, LARGE_TEXT);
  writeFileSync(againFile, LARGE_TEXT);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const modelTitle = (page: Page, title: string) => page.getByRole('heading', { level: 1, name: title });

/** Records every stage sentence the progress view shows, so that a short stage is not missed. */
async function recordStages(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __stages: string[] }).__stages = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.model-load__stage')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
}

test('a large model shows its progress, "Checking 30,000 events…", and then the timeline', async ({ page }) => {
  const stages = await recordStages(page);
  // The answer waits a moment, so the progress view (shown after 0.4 s) is up before the bytes arrive.
  await page.route(LARGE_PATH, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.fulfill({ status: 200, contentType: 'application/json', body: LARGE_TEXT });
  });
  await page.goto('./?model=bench-data/large-model.json');
  await expect(page.getByRole('progressbar', { name: 'Loading large-model.json' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(timeline(page)).toBeVisible({ timeout: 60_000 });
  await expect(modelTitle(page, LARGE.title)).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(await stages()).toEqual(expect.arrayContaining(['Checking 30,000 events and 15,000 statements…', 'Preparing the timeline…']));
  // The model checked in the worker is the model: an event found by its title opens with its details.
  const event = LARGE.events?.[12_345];
  if (!event) throw new Error('the generated model is too small');
  await page.getByRole('combobox', { name: 'Search the timeline' }).fill(event.title);
  await page.getByRole('option', { name: new RegExp(escape(event.title)) }).first().click();
  await expect(page.getByRole('complementary', { name: new RegExp(`^${escape(event.title)}`) })).toBeVisible();
});

test('Cancel while the first model loads says so and offers to load it again', async ({ page }) => {
  let answer = false;
  await page.route(BUNDLED_MODEL_URL_GLOB, async (route) => {
    // Never answers until the test says so: the load can only end by Cancel.
    while (!answer) await new Promise((resolve) => setTimeout(resolve, 100));
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Loading stopped' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('was stopped');
  await expect(page.getByLabel('Open model…')).toBeAttached();
  answer = true;
  await page.getByRole('button', { name: 'Load again' }).click();
  await expect(timeline(page)).toBeVisible();
  await expect(modelTitle(page, BUNDLED.title)).toBeVisible();
});

test('Cancel while a large file opens returns to the model shown before, as it was', async ({ page }) => {
  const first = BUNDLED.events[0];
  if (!first) throw new Error('the bundled model has no events');
  await page.goto(`./?event=${first.id}`);
  await expect(timeline(page)).toBeVisible();
  const panel = page.getByRole('complementary', { name: new RegExp(`^${escape(first.title)}`) });
  await expect(panel).toBeVisible();
  const url = page.url();

  await page.getByLabel('Open model…').setInputFiles(largeFile);
  const dialog = page.getByRole('dialog', { name: 'Opening large-model.json' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(modelTitle(page, BUNDLED.title)).toBeVisible();
  await expect(panel).toBeVisible();
  expect(page.url()).toBe(url);
  // And it stays so: the cancelled load does not land later.
  await page.waitForTimeout(3000);
  await expect(modelTitle(page, BUNDLED.title)).toBeVisible();
});

test('a large file opened over a model replaces it once it is checked, and Escape would have cancelled', async ({ page }) => {
  await page.goto('./');
  await expect(timeline(page)).toBeVisible();
  await page.getByLabel('Open model…').setInputFiles(largeFile);
  await expect(page.getByRole('dialog', { name: 'Opening large-model.json' })).toBeVisible();
  await expect(modelTitle(page, LARGE.title)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByLabel('Open model…').setInputFiles(againFile);
  await expect(page.getByRole('dialog', { name: 'Opening again.json' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(modelTitle(page, LARGE.title)).toBeVisible();
});

test('a file over the size limit is refused before it is read, with a message naming the limit', async ({ page }, testInfo) => {
  // 101 MB on disk without writing 101 MB: a sparse file. The app must refuse it by its size alone.
  const path = testInfo.outputPath('huge-model.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 101 * 1024 * 1024);
  closeSync(fd);
  await page.goto('./');
  await expect(timeline(page)).toBeVisible();
  await page.getByLabel('Open model…').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'The model file is too large' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('huge-model.json is 101 MB; models larger than 100 MB are not opened.');
  await page.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(timeline(page)).toBeVisible();
});

test('in an iframe sandboxed to allow-scripts only, where no worker can start, a large model still opens', async ({ page }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
  const host = await startHostServer(baseURL);
  try {
    // The frame's origin is opaque: the model's answer must allow any origin, as a static host would.
    await page.route(LARGE_PATH, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: LARGE_TEXT }),
    );
    await page.goto(host.hostPage({ query: 'embed=1&model=bench-data/large-model.json', sandbox: 'allow-scripts' }));
    await expect(page.frameLocator('#app').getByRole('region', { name: 'Timeline' })).toBeVisible({ timeout: 60_000 });
  } finally {
    await host.close();
  }
});

/** A server of our own, on another port (so another origin, which sends CORS), whose answer to each request the test decides. */
async function startModelServer(answer: (index: number, request: IncomingMessage, response: ServerResponse) => void) {
  let requests = 0;
  const server = createServer((request, response) => answer(++requests, request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `./?model=${encodeURIComponent(`http://127.0.0.1:${port}/${path}`)}`,
    requests: () => requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// no-store: each request must reach this server, which answers by its count (a clean-clone CI run saw
// the worker's request after Retry answered with the page's file, not the 404 the server was to send).
const jsonHeaders = (length: number) => ({ 'Content-Length': String(length), 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });

test('a large model is downloaded by the worker with its progress in bytes; Cancel stops the download, and Load again opens it', async ({ page }) => {
  // A routed answer arrives all at once, hence a server. Until Cancel, each request gets the headers and
  // half the body, then nothing more until it is closed; after it, the whole file.
  const bytes = Buffer.from(LARGE_TEXT);
  let whole = false;
  const open = new Set<number>();
  const server = await startModelServer((index, request, response) => {
    response.writeHead(200, jsonHeaders(bytes.length));
    if (whole) return response.end(bytes);
    response.write(bytes.subarray(0, bytes.length >> 1));
    open.add(index);
    request.socket.on('close', () => open.delete(index));
  });
  try {
    await page.goto(server.url('slow-model.json'));
    const bar = page.getByRole('progressbar', { name: /^Loading .*slow-model\.json/ });
    await expect(bar).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/^Downloading .*slow-model\.json…$/)).toBeVisible();
    // Half the bytes have arrived, and the worker that reads them says so.
    await expect.poll(() => bar.evaluate((element) => (element as HTMLProgressElement).value), { timeout: 20_000 }).toBeGreaterThanOrEqual(bytes.length >> 1);
    // The worker asked for the file itself (the second request); the page's own answer was cancelled unread.
    expect(server.requests()).toBe(2);
    await expect.poll(() => [...open], { timeout: 20_000 }).toEqual([2]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'Loading stopped' })).toBeVisible();
    // The worker's download itself stopped: the browser closed its connection.
    await expect.poll(() => open.size, { timeout: 20_000 }).toBe(0);
    whole = true;
    await page.getByRole('button', { name: 'Load again' }).click();
    await expect(timeline(page)).toBeVisible({ timeout: 60_000 });
    await expect(modelTitle(page, LARGE.title)).toBeVisible();
  } finally {
    await server.close();
  }
});

test('a server that answers the worker’s request differently gets a clear error, never another model', async ({ page }) => {
  // The page's request gets the file; the worker's (every second one), first a longer file (retried as a
  // change on the server, then shown), then after Retry a 404 (shown at once).
  const bytes = Buffer.from(LARGE_TEXT);
  const longer = Buffer.from(`${LARGE_TEXT} `);
  let notFound = false;
  const server = await startModelServer((index, _request, response) => {
    if (index % 2 === 1) return response.writeHead(200, jsonHeaders(bytes.length)).end(bytes);
    if (notFound) return response.writeHead(404, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' }).end('Not found');
    response.writeHead(200, jsonHeaders(longer.length)).end(longer);
  });
  try {
    await page.goto(server.url('changing-model.json'));
    const alert = page.getByRole('alert');
    // Retried three times with back-off (0.5 + 1 + 2 s), each a fresh pair of requests.
    await expect(alert).toContainText(/changing-model\.json changed on the server while it was being opened: it was .* bytes\), and is now .* bytes\)\. Try again\./, { timeout: 60_000 });
    expect(server.requests()).toBe(8);
    notFound = true;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toContainText(/changing-model\.json was not found \(404\)\. Address tried: http:\/\/127\.0\.0\.1:\d+\/changing-model\.json\./, { timeout: 60_000 });
    await expect(modelTitle(page, LARGE.title)).toHaveCount(0);
    expect(server.requests()).toBe(10);
  } finally {
    await server.close();
  }
});
