import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fileURLToPath } from 'node:url';
import { BUNDLED_MODEL_URL_GLOB } from './model-file';

// Every check runs axe's full rule set (WCAG 2.2 AA, best practices, experimental rules), set in ./axe.ts.
// axe walks every node of the page; the list view has a few thousand, and with the full rule set (the
// target-size geometry above all) a run there takes about a minute alone and three on a busy machine.
test.describe.configure({ timeout: 240_000 });

const PUTIN_ANSWER = 'putin-ceasefire-answer-2025-03-13';

/** The app has drawn its main view, so axe sees the page a reader sees. */
async function waitForApp(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The list is a lazily loaded part: give it time on a busy machine.
  await expect(page.getByRole('region', { name: /^(Timeline|Events in order)$/ })).toBeVisible({ timeout: 30_000 });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the default view has no axe violations', async ({ page }) => {
      await page.goto('./');
      await waitForApp(page);
      await expectNoAxeViolations(page);
    });

    test('an event selected has no axe violations', async ({ page }) => {
      await page.goto(`./?event=${PUTIN_ANSWER}`);
      await waitForApp(page);
      await expect(page.getByRole('complementary')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('an actor selected has no axe violations', async ({ page }) => {
  await page.goto('./?actor=putin');
  await waitForApp(page);
  await expect(page.getByRole('complementary', { name: 'Vladimir Putin' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the list view has no axe violations', async ({ page }) => {
  await page.goto('./?view=list');
  await waitForApp(page);
  await expectNoAxeViolations(page);
});

test('the list view with an event selected has no axe violations', async ({ page }) => {
  await page.goto(`./?view=list&event=${PUTIN_ANSWER}`);
  await waitForApp(page);
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoAxeViolations(page);
});

// Needs the search box in the app header (src/search/search-box.tsx, mounted by src/app/app.tsx).
// If it is not wired yet, this test fails at the combobox lookup, not at axe.
test('search open with results has no axe violations', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  const search = page.getByRole('combobox', { name: 'Search the timeline' });
  await search.fill('Kursk');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await expect(page.getByRole('option').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the default view at phone size has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForApp(page);
  await expectNoAxeViolations(page);
});

test('an embed has no axe violations', async ({ page }) => {
  await page.goto('./?embed=1');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Cite dialog and the Download list have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./?statement=putin-these-30-days');
    await waitForApp(page);
    await page.getByRole('button', { name: /^Cite statement by Vladimir Putin/ }).first().click();
    await expect(page.getByRole('dialog', { name: 'Cite this quote' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Download' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`a converted model under its notice, notes open, has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await waitForApp(page);
    await page.getByLabel('Open model…').setInputFiles(fileURLToPath(new URL('../src/testing/fixtures/import/timelinejs-timeline.json', import.meta.url)));
    const notice = page.getByRole('region', { name: 'Conversion' });
    await notice.getByText(/^Show the \d+ notes$/).click();
    await expect(notice.getByRole('list')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the model error view has no axe violations', async ({ page }) => {
  await page.route(BUNDLED_MODEL_URL_GLOB, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "parley/1", oops' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('is not JSON');
  await expectNoAxeViolations(page);
});

test('with reduced motion, event marks change without transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await waitForApp(page);
  const mark = page.locator('.mark').first();
  await expect(mark).toBeAttached();
  expect(await mark.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
});
