import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readBundledModel } from './model-file';
import { startHostServer } from './hosts/host-pages.ts';
import type { StaticServer } from './hosts/start-static-server.ts';

// Assumptions about the app, shared with e2e/timeline.spec.ts: an event mark is a button whose
// accessible name starts with the event title, and the selected event's detail panel is a
// complementary landmark (<aside>) named after it. In a 560 px wide embed the panel sits under the
// timeline, so opening it makes the content taller.

const WEEK = 'embed=1&from=2025-03-09&to=2025-03-20';

const model = readBundledModel();
function bundledEvent(id: string) {
  const event = model.events.find((e) => e.id === id);
  if (!event) throw new Error(`The bundled model has no event "${id}"; update e2e/embed.spec.ts.`);
  return event;
}
const JEDDAH = bundledEvent('us-ukraine-talks-jeddah-2025-03-11');
const PUTIN = bundledEvent('putin-ceasefire-answer-2025-03-13');
const TRUMP = bundledEvent('trump-rutte-oval-office-2025-03-13');

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const eventMark = (frame: FrameLocator, title: string) => frame.getByRole('button', { name: startsWith(title) }).first();
const detailPanel = (frame: FrameLocator, title: string) =>
  frame.getByRole('complementary', { name: startsWith(title) }).or(frame.getByRole('region', { name: startsWith(title) }));

const appFrame = (page: Page) => page.frameLocator('#app');
const iframeHeight = (page: Page) => page.locator('#app').evaluate((el) => el.getBoundingClientRect().height);
const selectedByReader = (page: Page) =>
  page.evaluate(() => (window as unknown as { parleySelected: { target: string; detail: unknown }[] }).parleySelected);

/** Waits long enough for a message that should be ignored to have been handled had it been accepted. */
const settle = (page: Page) => page.waitForTimeout(750);

let host: Awaited<ReturnType<typeof startHostServer>>;
/** Another port, so another origin: a site that is neither the app nor the host. */
let thirdParty: StaticServer;
let appOrigin: string;

// eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument destructured.
test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
  appOrigin = new URL(baseURL).origin;
  host = await startHostServer(baseURL);
  thirdParty = await startHostServer(baseURL);
});

test.afterAll(async () => {
  await Promise.all([host?.close(), thirdParty?.close()]);
});

test('without a selection the embed sizes its iframe to the content, and opening a panel grows it', async ({ page }) => {
  await page.goto(host.hostPage({ query: WEEK }));
  const frame = appFrame(page);
  await expect(eventMark(frame, PUTIN.title)).toBeVisible();
  // embed.js replaces the fixed 560 px with the content's height, whatever that is.
  const contentHeight = () => frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(2);
  const before = await iframeHeight(page);

  await eventMark(frame, PUTIN.title).click();
  await expect(detailPanel(frame, PUTIN.title)).toBeVisible();
  await expect.poll(() => iframeHeight(page)).toBeGreaterThan(before);
  await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(2);
});

test('Parley.select from the host page opens the event in the embed', async ({ page }) => {
  await page.goto(host.hostPage({ query: WEEK }));
  // Called at once: embed.js holds the command until the app says it is listening.
  expect(await page.evaluate((id) => window.Parley?.select('#app', { event: id }), JEDDAH.id)).toBe(true);
  await expect(detailPanel(appFrame(page), JEDDAH.title)).toBeVisible();
});

test('the host page hears parley:selected, with kind, id and title, when the reader picks an event', async ({ page }) => {
  await page.goto(host.hostPage({ query: WEEK }));
  const frame = appFrame(page);
  await eventMark(frame, TRUMP.title).click();
  await expect(detailPanel(frame, TRUMP.title)).toBeVisible();
  await expect
    .poll(async () => (await selectedByReader(page)).at(-1))
    .toEqual({ target: 'app', detail: { kind: 'event', id: TRUMP.id, title: TRUMP.title } });
  // The raw messages came from the app's origin and were addressed to this page's origin.
  const messages = await page.evaluate(() => (window as unknown as { parleyMessages: { origin: string }[] }).parleyMessages);
  expect(messages.length).toBeGreaterThan(0);
  expect(new Set(messages.map((m) => m.origin))).toEqual(new Set([appOrigin]));
});

test('a link in the article with data-parley-select selects the event instead of navigating', async ({ page }) => {
  const url = host.hostPage({ query: WEEK, linkEvent: PUTIN.id });
  await page.goto(url);
  await expect(eventMark(appFrame(page), PUTIN.title)).toBeVisible();
  await page.getByRole('link', { name: 'Select by link' }).click();
  await expect(detailPanel(appFrame(page), PUTIN.title)).toBeVisible();
  expect(page.url()).toBe(url);
});

test('parley:select from a third-party page that frames the host changes nothing', async ({ page }) => {
  const hostPage = host.hostPage({ query: WEEK });
  await page.goto(`${thirdParty.origin}/third-party.html?${new URLSearchParams({ host: hostPage })}`);
  const frame = page.frameLocator('#host').frameLocator('#app');
  await expect(eventMark(frame, PUTIN.title)).toBeVisible();
  // Wrong origin and wrong window: this page is the embed's grandparent, not its parent.
  await page.evaluate((id) => {
    const app = window.frames[0]?.frames[0];
    app?.postMessage({ type: 'parley:select', event: id }, '*');
  }, PUTIN.id);
  await settle(page);
  await expect(detailPanel(frame, PUTIN.title)).toHaveCount(0);

  // The real parent still can.
  const hostFrame = page.frame({ url: /\/host\.html/ });
  if (!hostFrame) throw new Error('host frame not found');
  await hostFrame.evaluate((id) => window.Parley?.select('#app', { event: id }), JEDDAH.id);
  await expect(detailPanel(frame, JEDDAH.title)).toBeVisible();
  const reported = await hostFrame.evaluate(() => (window as unknown as { parleySelected: { detail: { id: string } | null }[] }).parleySelected);
  expect(reported.map((r) => r.detail?.id)).not.toContain(PUTIN.id);
});

test('parley:select from a sibling frame on the host’s own origin changes nothing', async ({ page }) => {
  await page.goto(host.hostPage({ query: WEEK }));
  const frame = appFrame(page);
  await expect(eventMark(frame, PUTIN.title)).toBeVisible();
  const sibling = page.frame({ name: 'sibling' });
  if (!sibling) throw new Error('sibling frame not found');
  // Runs in the sibling's window, so the app sees the right origin but the wrong source.
  await sibling.evaluate((id) => {
    const app = window.parent.document.getElementById('app') as HTMLIFrameElement;
    app.contentWindow?.postMessage({ type: 'parley:select', event: id }, '*');
  }, PUTIN.id);
  await settle(page);
  await expect(detailPanel(frame, PUTIN.title)).toHaveCount(0);
});

test('an embed whose origins= names another site ignores commands from its parent', async ({ page }) => {
  await page.goto(host.hostPage({ query: `${WEEK}&origins=https://elsewhere.example` }));
  const frame = appFrame(page);
  await expect(eventMark(frame, PUTIN.title)).toBeVisible();
  // Posted straight at the frame, past embed.js, to test the app's own origin check.
  await page.evaluate((id) => {
    const app = document.getElementById('app') as HTMLIFrameElement;
    app.contentWindow?.postMessage({ type: 'parley:select', event: id }, '*');
  }, PUTIN.id);
  await settle(page);
  await expect(detailPanel(frame, PUTIN.title)).toHaveCount(0);
  // Nor does it talk to a parent it was not told to trust.
  const messages = await page.evaluate(() => (window as unknown as { parleyMessages: unknown[] }).parleyMessages);
  expect(messages).toEqual([]);
});

test('malformed messages from the parent are ignored and the embed keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(host.hostPage({ query: WEEK }));
  const frame = appFrame(page);
  await expect(eventMark(frame, PUTIN.title)).toBeVisible();
  await page.evaluate(() => {
    const app = (document.getElementById('app') as HTMLIFrameElement).contentWindow;
    for (const data of [
      null,
      'parley:select',
      { type: 'parley:select', event: 'Not A Slug' },
      { type: 'parley:select', event: 'a', actor: 'b' },
      { type: 'parley:window', from: '2025-02-30', to: '2025-03' },
      { type: 'parley:height', height: 1 },
    ]) {
      app?.postMessage(data, '*');
    }
  });
  await settle(page);
  expect(errors).toEqual([]);
  expect(await page.evaluate((id) => window.Parley?.select('#app', { event: id }), PUTIN.id)).toBe(true);
  await expect(detailPanel(frame, PUTIN.title)).toBeVisible();
});

test('in an iframe sandboxed to allow-scripts only (opaque origin, no storage) the embed still loads and talks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(host.hostPage({ query: WEEK, sandbox: 'allow-scripts' }));
  const frame = appFrame(page);
  await expect(eventMark(frame, PUTIN.title)).toBeVisible();
  await expect.poll(() => iframeHeight(page)).not.toBe(560);

  expect(await page.evaluate((id) => window.Parley?.select('#app', { event: id }), JEDDAH.id)).toBe(true);
  await expect(detailPanel(frame, JEDDAH.title)).toBeVisible();

  await eventMark(frame, PUTIN.title).click();
  await expect
    .poll(async () => (await selectedByReader(page)).at(-1)?.detail)
    .toEqual({ kind: 'event', id: PUTIN.id, title: PUTIN.title });
  expect(errors).toEqual([]);
});

declare global {
  interface Window {
    /** Set by public/embed.js. */
    Parley?: {
      version: number;
      select(target: string | Element, selection: { event?: string; actor?: string; statement?: string }): boolean;
      setWindow(target: string | Element, from: string, to: string): boolean;
    };
  }
}

test('an embed hidden and shown again (display: none, a width of 0, a full-page screenshot) keeps its time window, on the axis and in its URL', async ({ page }) => {
  // The explainer's first embed opens on 1–16 March 2025; explainer pages put embeds in tabs,
  // accordions and <details>, which hide them and show them again.
  await page.goto('./demo/explainer.html');
  const iframe = page.locator('#jeddah-talks');
  await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#jeddah-talks');
  await expect(eventMark(frame, JEDDAH.title)).toBeVisible();
  const app = page.frame({ url: /\/index\.html\?embed=1&event=us-ukraine/ });
  if (!app) throw new Error('the embed’s frame was not found');
  const windowInUrl = () => app.evaluate(() => new URLSearchParams(location.search).get('from') + '/' + new URLSearchParams(location.search).get('to'));
  /** What the axis shows: each tick label and context label with its position. */
  const axis = () =>
    frame.locator('.time-axis text').evaluateAll((texts) => texts.map((t) => `${t.textContent}@${Math.round(t.getBoundingClientRect().x)}`).join(' '));
  expect(await windowInUrl()).toBe('2025-03-01/2025-03-16');
  const before = await axis();
  expect(before).toContain('March 2025');

  // Through the CSSOM: the explainer's CSP (style-src 'self') ignores style attributes.
  for (const [property, hidden] of [
    ['display', 'none'],
    ['width', '0px'],
  ] as const) {
    await iframe.evaluate((el: HTMLElement, [p, v]: readonly [string, string]) => el.style.setProperty(p, v), [property, hidden] as const);
    // Hidden long enough for the app to see it: with no width the plot goes; with display: none the
    // frame is not rendered at all, so give it a few frames' time.
    if (property === 'width') await expect(frame.locator('#timeline-plot')).toHaveCount(0);
    else await page.waitForTimeout(500);
    await iframe.evaluate((el: HTMLElement, p) => el.style.removeProperty(p), property);
    await expect(eventMark(frame, JEDDAH.title)).toBeVisible();
    await expect.poll(axis, { message: `after ${property}: ${hidden}` }).toBe(before);
    expect(await windowInUrl()).toBe('2025-03-01/2025-03-16');
  }
  // A full-page screenshot resizes the page for a moment, as a reader's browser extension would.
  await page.screenshot({ fullPage: true });
  await expect.poll(axis, { message: 'after a full-page screenshot' }).toBe(before);
  expect(await windowInUrl()).toBe('2025-03-01/2025-03-16');
});
