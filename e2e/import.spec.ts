import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropFiles } from './drop-files.ts';

// Assumptions about the app: event marks on the timeline are buttons whose names start with the event
// title; the conversion notice is a region named "Conversion"; "Model from <file>" is a note; the
// Embed dialog and the Cite dialog are dialogs named "Embed this view" and "Cite this quote".

const TIMELINE_PATH = fileURLToPath(new URL('../src/testing/fixtures/import/timelinejs-timeline.json', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../public/templates/', import.meta.url));

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function dropTimeline(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await dropFiles(page, [{ name: 'harbour.json', text: readFileSync(TIMELINE_PATH, 'utf8') }]);
  await expect(page.getByRole('heading', { level: 1, name: 'Aster & Borea: the harbour talks' })).toBeVisible();
}

test('a dropped TimelineJS file shows its events under the conversion notice, and downloads as a model the validator accepts', async ({ page }) => {
  await dropTimeline(page);
  for (const title of ['Border incidents', 'Aster mobilizes', 'Talks in Port Lune']) {
    await expect(page.getByRole('button', { name: startsWith(title) }).first()).toBeVisible();
  }
  const notice = page.getByRole('region', { name: 'Conversion' });
  await expect(notice).toContainText(/Converted from TimelineJS: \d+ notes/);
  await expect(page.getByRole('note').filter({ hasText: 'Model from harbour.json' })).toBeVisible();
  // The notes are one click away.
  await notice.getByText(/^Show the \d+ notes$/).click();
  await expect(notice.getByRole('listitem').filter({ hasText: 'events[1].media.credit' })).toContainText('not carried over');
  await expect(notice.getByRole('listitem').filter({ hasText: 'events[5].start_date.year' })).toContainText('500 BCE');
  // The <script> in a text ran nowhere and is not in the summary.
  expect(await page.evaluate(() => (window as { __parleyImportScriptRan?: boolean }).__parleyImportScriptRan)).toBeUndefined();

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download as Parley model' }).click()]);
  expect(download.suggestedFilename()).toBe('harbour.parley.json');
  const saved = test.info().outputPath('harbour.parley.json');
  await download.saveAs(saved);
  const validation = spawnSync('npx', ['tsx', 'tools/validate-model.ts', saved], { encoding: 'utf8' });
  expect(validation.stdout).toMatch(/ok: 5 events, 0 statements, 3 actors, 2 sources/);
  expect(validation.status).toBe(0);
});

test('“Open model…” takes the CSV template’s files together', async ({ page }) => {
  await page.goto('./');
  const files = readdirSync(TEMPLATES).filter((name) => name.endsWith('.csv')).map((name) => `${TEMPLATES}${name}`);
  await page.getByLabel('Open model…').setInputFiles(files);
  await expect(page.getByRole('heading', { level: 1, name: 'Aster–Borea ceasefire talks' })).toBeVisible();
  await expect(page.getByRole('button', { name: startsWith('Talks in Port Lune') }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conversion' })).toContainText('Converted from the CSV template: 0 notes');
});

test('after opening a local file, Copy link and Embed explain instead of linking to the bundled model', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await dropTimeline(page);
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));

  await page.getByRole('button', { name: startsWith('Talks in Port Lune') }).first().click();
  const panel = page.getByRole('complementary', { name: startsWith('Talks in Port Lune') });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(panel.getByRole('status').filter({ hasText: 'No link: the model is a file on this device' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No link can carry harbour.json' })).toContainText('publish the model file on a website');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toContainText('No link can carry harbour.json');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expect(dialog).not.toContainText('iframe');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('“Cite” on Putin’s “These 30 days” gives a Chicago citation marked as translated, and Copy puts it on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?statement=putin-these-30-days');
  const panel = page.getByRole('complementary', { name: /^Statement by Vladimir Putin/ });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Cite statement by Vladimir Putin, 13 March 2025' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Cite this quote' });
  await expect(dialog).toBeVisible();
  const chicago = dialog.getByRole('region', { name: 'Chicago' });
  await expect(chicago).toContainText('Vladimir Putin, “These 30 days');
  await expect(chicago).toContainText('(translated from Russian)');
  await expect(chicago).toContainText('13 March 2025');
  await expect(chicago).toContainText('quoted in “News article on Putin’s ceasefire answer');
  await expect(dialog.getByRole('region', { name: 'APA' })).toContainText('Putin, V. (2025, March 13).');
  const link = dialog.getByRole('region', { name: 'Link to this quote' }).getByRole('link');
  await expect(link).toHaveAttribute('href', /\?statement=putin-these-30-days$/);

  await chicago.getByRole('button', { name: 'Copy the Chicago citation' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the Chicago citation.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await chicago.locator('p').textContent())?.trim());
  expect(copied).toMatch(/^Vladimir Putin, “These 30 days.*13 March 2025, quoted in/);

  // Escape closes the dialog and leaves the panel open.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
});

test('“Download” gives the quotes in the current filters as CSL-JSON, one entry each', async ({ page }) => {
  await page.goto('./?actors=putin&verbatim=1');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const item = page.getByRole('button', { name: /^\d+ quotes? in view, as CSL-JSON$/ });
  const count = Number((await item.textContent())?.match(/^\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  expect(download.suggestedFilename()).toBe('ukraine-ceasefire-2025-quotes.csl.json');
  const items = JSON.parse(readFileSync(await download.path(), 'utf8')) as { type: string; author: { family?: string }[] }[];
  expect(items).toHaveLength(count);
  expect(items.every((i) => i.type === 'speech')).toBe(true);
});
