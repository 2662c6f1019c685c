import { expect, test, type Page } from '@playwright/test';

const PUTIN = 'putin-ceasefire-answer-2025-03-13';

function panelNamed(page: Page, name: RegExp) {
  return page.getByRole('complementary', { name });
}

async function axisRange(page: Page): Promise<string[]> {
  return page.locator('.time-axis__label').allTextContents();
}

test('a deep link opens that event selected, in that window', async ({ page }) => {
  await page.goto(`./?event=${PUTIN}&from=2025-03-10&to=2025-03-20`);
  await expect(panelNamed(page, /^Putin’s answer on the 30-day ceasefire/)).toBeVisible();
  await expect(page.locator(`.mark.is-selected[data-event-id="${PUTIN}"]`).first()).toBeVisible();
  // The axis shows days of that stretch of March, not the whole model.
  await expect(page.locator('.time-axis')).toHaveAttribute('data-granularity', /day|week/);
  const labels = await axisRange(page);
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(Number(label)).toBeGreaterThanOrEqual(9);
  for (const label of labels) expect(Number(label)).toBeLessThanOrEqual(21);
  await expect(page.locator('.time-axis__context').first()).toHaveText('March 2025');
});

test('selecting another event adds a history entry: Back restores the first, Forward the second', async ({ page }) => {
  await page.goto(`./?event=${PUTIN}&from=2025-03-10&to=2025-03-20`);
  await expect(panelNamed(page, /^Putin’s answer/)).toBeVisible();
  await page.getByRole('button', { name: /^Witkoff’s visit to Moscow/ }).first().click();
  await expect(panelNamed(page, /^Witkoff’s visit to Moscow/)).toBeVisible();
  await expect(page).toHaveURL(/event=witkoff-moscow-visit-2025-03-13/);

  await page.goBack();
  await expect(panelNamed(page, /^Putin’s answer/)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${PUTIN}`));
  await page.goForward();
  await expect(panelNamed(page, /^Witkoff’s visit to Moscow/)).toBeVisible();
});

test('a reload keeps the selection, the window, the layout and the filters', async ({ page }) => {
  await page.goto(`./?event=${PUTIN}&from=2025-03-10&to=2025-03-20&lanes=compact&kinds=statement,meeting,visit`);
  await expect(panelNamed(page, /^Putin’s answer/)).toBeVisible();
  const before = await axisRange(page);
  await page.reload();
  await expect(panelNamed(page, /^Putin’s answer/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Compact', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await axisRange(page)).toEqual(before);
  await expect(page).toHaveURL(/kinds=statement,meeting,visit/);
  await expect(page.getByRole('button', { name: /^Trump–Putin call: a halt/ })).toHaveCount(0);
});

test('zooming replaces the history entry instead of adding one', async ({ page }) => {
  await page.goto(`./?event=${PUTIN}`);
  await expect(panelNamed(page, /^Putin’s answer/)).toBeVisible();
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=/);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('a link naming something the model lacks shows a gentle notice, not a crash', async ({ page }) => {
  await page.goto('./?event=no-such-event&from=2025-13-01&to=2025-03-20');
  await expect(page.getByRole('status').filter({ hasText: /no-such-event/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('“Copy link” gives a permalink that opens the same quote', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?statement=putin-these-30-days');
  const panel = page.getByRole('complementary', { name: /^Statement by Vladimir Putin/ });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: /Copy link/ }).first().click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?statement=putin-these-30-days$/);
  await page.goto(link);
  await expect(page.getByRole('complementary', { name: /^Statement by Vladimir Putin/ })).toContainText('These 30 days');
});
