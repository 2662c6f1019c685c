import { expect, test } from '@playwright/test';
import { readBundledModel } from './model-file';

test('the list view shows every event of the bundled model in time order', async ({ page }) => {
  const model = readBundledModel();
  await page.goto('./?view=list');
  await expect(page.getByRole('heading', { level: 1, name: model.title })).toBeVisible();
  const list = page.getByRole('region', { name: 'Events in order' });
  await expect(list).toBeVisible();
  const titles = await list.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
  expect(titles.sort()).toEqual(model.events.map((e) => e.title).sort());
  // Time order: the sorted starts of the file's events, read back in the order the page lists them.
  const startOf = new Map(model.events.map((e) => [e.title, e.start]));
  const listedStarts = (await list.getByRole('article').getByRole('heading', { level: 3 }).allTextContents()).map((t) => startOf.get(t) ?? '');
  expect(listedStarts).toEqual([...listedStarts].sort());
});

test('the app opens on the timeline of the bundled model, and Fit all shows its first event', async ({ page }) => {
  const model = readBundledModel();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: model.title })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  const first = model.events.find((e) => e.id === 'kursk-incursion-2024-08-06');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(timeline.getByRole('button', { name: new RegExp(`^${first?.title ?? 'missing'}`) }).first()).toBeVisible();
});
