import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../tools/vite-csp-plugin.ts';
import { readBundledModel } from './model-file';
import { readHostFile, startStaticServer, type StaticServer } from './hosts/start-static-server.ts';
import { dropFiles } from './drop-files.ts';

// Assumptions about the app: the full page's level-1 heading is the model's title; event marks are
// buttons whose names start with the event title; "Open model…" is a file input labelled so; a dropped
// or chosen file that fails shows the same error view as a bad ?model= (ModelErrorView).

const SECOND = JSON.parse(readHostFile('models/second-model.json')) as { title: string; events: { title: string }[] };
const SECOND_PATH = fileURLToPath(new URL('./hosts/models/second-model.json', import.meta.url));

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const modelTitle = (page: Page, title: string) => page.getByRole('heading', { level: 1, name: title });

async function expectSecondModel(page: Page) {
  await expect(modelTitle(page, SECOND.title)).toBeVisible();
  for (const event of SECOND.events) {
    await expect(page.getByRole('button', { name: startsWith(event.title) }).first()).toBeVisible();
  }
}

/** Drags a file over the page and drops it, as a reader would from their file manager. */
const dropFile = (page: Page, name: string, text: string) => dropFiles(page, [{ name, text }]);

const models = {
  '/second-model.json': { type: 'application/json', body: readHostFile('models/second-model.json') },
  '/broken-model.json': { type: 'application/json', body: readHostFile('models/broken-model.json') },
};
/** A model host that allows other sites to read its files. */
let open: StaticServer;
/** A model host that does not (no Access-Control-Allow-Origin). */
let closed: StaticServer;

test.beforeAll(async () => {
  open = await startStaticServer({ routes: models, cors: true });
  closed = await startStaticServer({ routes: models });
});

test.afterAll(async () => {
  await Promise.all([open?.close(), closed?.close()]);
});

test('?model= pointing at another origin that allows CORS shows that model, under a notice naming its host', async ({ page }) => {
  await page.goto(`./?model=${encodeURIComponent(`${open.origin}/second-model.json`)}`);
  await expectSecondModel(page);
  await expect(page.getByRole('note').filter({ hasText: `Model from ${new URL(open.origin).host}` })).toBeVisible();
});

test('?model= pointing at a broken model lists its problems by JSON path', async ({ page }) => {
  await page.goto(`./?model=${encodeURIComponent(`${open.origin}/broken-model.json`)}`);
  await expect(page.getByRole('heading', { name: 'The model has problems' })).toBeVisible();
  const errors = page.getByRole('list', { name: 'Errors in the model' });
  await expect(errors).toContainText('events[0].start');
  await expect(errors).toContainText('statements[0].speaker');
  await expect(errors).toContainText('nobody-by-this-name');
});

test('?model= pointing at a server without CORS says that CORS is the likely cause', async ({ page }) => {
  await page.goto(`./?model=${encodeURIComponent(`${closed.origin}/second-model.json`)}`);
  await expect(page.getByRole('alert')).toContainText('CORS');
  await expect(page.getByRole('alert')).toContainText('Access-Control-Allow-Origin');
});

test('dropping an invalid model file shows its problems by JSON path', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await dropFile(page, 'broken-model.json', readHostFile('models/broken-model.json'));
  await expect(page.getByRole('heading', { name: 'The model has problems' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Errors in the model' })).toContainText('statements[0].speaker');
});

test('dropping a valid model file shows it, noted as the reader’s own file', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await dropFile(page, 'second-model.json', readHostFile('models/second-model.json'));
  await expectSecondModel(page);
  await expect(page.getByRole('note').filter({ hasText: 'Model from second-model.json' })).toBeVisible();
});

test('“Open model…” opens a chosen file', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Open model…').setInputFiles(SECOND_PATH);
  await expectSecondModel(page);
});

test('the built page carries the Content-Security-Policy and the app runs under it without errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  // A blocked eval or inline style is reported by the event even when a library catches the error.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  await page.goto('./?from=2025-03-09&to=2025-03-20');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  // Exercise the parts that set styles from script (React style props are CSSOM, which the policy allows).
  const putin = readBundledModel().events.find((e) => e.id === 'putin-ceasefire-answer-2025-03-13');
  if (!putin) throw new Error('The bundled model has no event "putin-ceasefire-answer-2025-03-13"; update e2e/any-model.spec.ts.');
  await page.getByRole('button', { name: startsWith(putin.title) }).first().click();
  await expect(page.getByRole('complementary', { name: startsWith(putin.title) })).toBeVisible();
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});
