import { expect, test, type Page } from '@playwright/test';
import { readBundledModel } from './model-file';

const model = readBundledModel();
const PUTIN_ANSWER = 'Putin’s answer on the 30-day ceasefire (Kremlin news conference with Lukashenko)';
const THESE_30_DAYS =
  'These 30 days – how will they be used? To continue forced mobilization in Ukraine? To receive more arms supplies? To train newly mobilized units?';

const eventList = (page: Page) => page.getByRole('region', { name: 'Events in order' });
const entry = (page: Page, title: string) => eventList(page).getByRole('article', { name: title, exact: true });

test('?view=list shows every event of the bundled model in time order, with its date and participants', async ({ page }) => {
  await page.goto('./?view=list');
  const articles = eventList(page).getByRole('article');
  await expect(articles).toHaveCount(model.events.length);
  const titles = await articles.getByRole('heading', { level: 3 }).allTextContents();
  const startOf = new Map(model.events.map((e) => [e.title, e.start]));
  const starts = titles.map((t) => startOf.get(t) ?? `missing: ${t}`);
  // Day-precision starts and the one time of day sort as strings within this model.
  expect(starts).toEqual([...starts].sort());

  // Every entry has a machine-readable date and names its participants.
  const datetimes = await articles.locator('time').evaluateAll((times) =>
    times.filter((t) => t.closest('header')).map((t) => t.getAttribute('datetime')),
  );
  expect(datetimes).toEqual(starts);
  const kursk = entry(page, 'Ukraine’s incursion into Kursk Region begins');
  await expect(kursk.locator('time').first()).toHaveText('6 August 2024');
  const putin = entry(page, PUTIN_ANSWER);
  await expect(putin.getByRole('list', { name: 'Participants' }).getByRole('button', { name: /^Vladimir Putin/ })).toBeVisible();
  await expect(putin.getByRole('list', { name: 'Participants' }).getByRole('button', { name: /^Alexander Lukashenko/ })).toBeVisible();
});

test('the “These 30 days” quote appears under Putin’s answer, marked as translated from Russian', async ({ page }) => {
  await page.goto('./?view=list');
  const putin = entry(page, PUTIN_ANSWER);
  const quote = putin.locator('figure', { has: page.locator('blockquote', { hasText: /^These 30 days/ }) });
  await quote.scrollIntoViewIfNeeded();
  await expect(quote.locator('blockquote')).toHaveText(THESE_30_DAYS);
  await expect(quote).toContainText('Translated from Russian');
  await expect(quote).toContainText('Vladimir Putin');
  await expect(quote).toContainText('13 March 2025');
  await expect(quote).toContainText(/Lukashenko/);
});

test('clicking a participant opens the actor in the panel, and the list marks a selected event', async ({ page }) => {
  await page.goto('./?view=list');
  const putin = entry(page, PUTIN_ANSWER);
  await putin.getByRole('list', { name: 'Participants' }).getByRole('button', { name: /^Vladimir Putin/ }).click();
  await expect(page.getByRole('complementary', { name: 'Vladimir Putin' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]actor=putin(&|$)/);

  await putin.getByRole('button', { name: `Open in panel: ${PUTIN_ANSWER}` }).click();
  await expect(page.getByRole('complementary', { name: PUTIN_ANSWER })).toBeVisible();
  await expect(putin).toHaveAttribute('aria-current', 'true');
});

test('an event selected by a deep link is marked and scrolled into view', async ({ page }) => {
  await page.goto('./?view=list&event=riyadh-technical-talks-2025-03-23');
  const last = entry(page, model.events.find((e) => e.id === 'riyadh-technical-talks-2025-03-23')!.title);
  await expect(last).toHaveAttribute('aria-current', 'true');
  await expect(last).toBeInViewport();
});

test('printing shows the list alone, black on white even in the dark scheme: no controls, filters or panel', async ({ page }) => {
  await page.goto('./?view=list&event=putin-ceasefire-answer-2025-03-13');
  await expect(page.getByRole('complementary', { name: PUTIN_ANSWER })).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(eventList(page)).toBeVisible();
  await expect(entry(page, PUTIN_ANSWER).locator('blockquote', { hasText: /^These 30 days/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: PUTIN_ANSWER })).toBeHidden();
  await expect(page.getByRole('group', { name: 'View' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Search the timeline' })).toBeHidden();
  await expect(page.getByRole('button', { name: `Open in panel: ${PUTIN_ANSWER}` })).toBeHidden();
  // Participants stay on paper, as text.
  await expect(entry(page, PUTIN_ANSWER).getByText('Vladimir Putin').first()).toBeVisible();
  // Source links print their address after them.
  const link = entry(page, PUTIN_ANSWER).locator('a[href^="http"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  const colors = await eventList(page).evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
  expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});
