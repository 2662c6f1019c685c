import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { readBundledModelText } from './model-file';

interface ModelFile {
  events: { id: string; title: string; participants?: { actor: string }[] }[];
  actors: { id: string; name: string }[];
  statements: { id: string; text: string; speaker: string }[];
}

const model = JSON.parse(readBundledModelText()) as ModelFile;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (title: string) => new RegExp(`^${escape(title)}`);

const incursion = model.events.find((e) => /kursk/i.test(e.title) && /incursion/i.test(e.title))!;
const letThemOut = model.statements.find((s) => s.text.includes('let them out'))!;
const speaker = model.actors.find((a) => a.id === letThemOut.speaker)!;
// An actor in some events but not all, so filtering by them visibly hides something.
const zelensky = model.actors.find((a) => a.id === 'zelensky')!;
const zelenskyEvents = model.events.filter((e) => e.participants?.some((p) => p.actor === zelensky.id));
const otherEvents = model.events.filter((e) => !zelenskyEvents.includes(e));

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the timeline' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const filters = (page: Page) => page.getByRole('dialog', { name: 'Filters' });
const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filters/ });

/** Opens the filters popover (its controls load on demand) and gives it back. */
async function openFilters(page: Page) {
  if ((await filtersButton(page).getAttribute('aria-expanded')) !== 'true') await filtersButton(page).click();
  await expect(filters(page).getByRole('checkbox', { name: 'Verbatim quotes only' })).toBeVisible();
  return filters(page);
}

async function filterByActor(page: Page, name: string) {
  await (await openFilters(page)).getByRole('checkbox', { name }).check();
  await page.keyboard.press('Escape');
  await expect(filters(page)).toBeHidden();
}

test('the bundled model has what these flows need', () => {
  expect(incursion, 'an event about the Kursk incursion').toBeDefined();
  expect(letThemOut, 'Putin’s question about letting the troops out').toBeDefined();
  expect(zelenskyEvents.length).toBeGreaterThan(0);
  expect(otherEvents.length).toBeGreaterThan(0);
});

test('searching for "Kursk" lists the incursion and Putin’s question about the troops, and puts the query in the URL', async ({ page }) => {
  await page.goto('./');
  await searchBox(page).fill('Kursk');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(results(page).getByRole('group', { name: 'Events' }).getByRole('option', { name: startsWith(incursion.title) })).toBeVisible();
  await expect(results(page).getByRole('group', { name: 'Quotes' }).getByRole('option', { name: /let them out/ })).toBeVisible();
  await expect(results(page).locator('mark').first()).toHaveText(/kursk/i);
  await expect(page).toHaveURL(/[?&]q=Kursk(&|$)/);
});

test('choosing a quote with the keyboard shows it in the detail panel', async ({ page }) => {
  await page.goto('./');
  await searchBox(page).fill('let them out');
  const option = results(page).getByRole('option', { name: /let them out/ });
  await expect(option).toBeVisible();
  // Walk down to the quote: the combobox keeps focus and points at the active option.
  for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await searchBox(page).press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await searchBox(page).press('Enter');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('complementary', { name: `Statement by ${speaker.name}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]statement=${letThemOut.id}(&|$)`));
});

test('choosing an event with a click shows it in the detail panel', async ({ page }) => {
  await page.goto('./');
  await searchBox(page).fill('Kursk');
  await results(page).getByRole('option', { name: startsWith(incursion.title) }).click();
  await expect(page.getByRole('complementary', { name: incursion.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${incursion.id}(&|$)`));
});

test('filtering by an actor hides other events from the list; Clear all filters brings them back', async ({ page }) => {
  await page.goto('./?view=list');
  const list = page.getByRole('region', { name: 'Events in order' });
  const heading = (title: string) => list.getByRole('heading', { name: title, exact: true });
  await expect(heading(otherEvents[0]!.title)).toBeVisible();

  await filterByActor(page, zelensky.name);
  await expect(page).toHaveURL(new RegExp(`[?&]actors=${zelensky.id}(&|$)`));
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(new RegExp(`^Showing ${zelenskyEvents.length} of ${model.events.length} events`));
  await expect(filtersButton(page)).toHaveAccessibleName('Filters 1 active');
  for (const event of zelenskyEvents) await expect(heading(event.title)).toBeVisible();
  for (const event of otherEvents) await expect(heading(event.title)).toHaveCount(0);

  await (await openFilters(page)).getByRole('button', { name: 'Clear all filters' }).click();
  for (const event of otherEvents) await expect(heading(event.title)).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]actors=/);
});

test('filtering by an actor hides other events from the timeline; removing its chip brings them back', async ({ page }) => {
  await page.goto('./?window=all');
  // In actor lanes an event is drawn (as a button) in the lane of each participant, so count "some" or "none".
  const mark = (title: string) => page.getByRole('button', { name: startsWith(title) });
  await expect(mark(otherEvents[0]!.title).first()).toBeVisible();

  await filterByActor(page, zelensky.name);
  await expect(mark(zelenskyEvents[0]!.title).first()).toBeVisible();
  for (const event of otherEvents) await expect(mark(event.title)).toHaveCount(0);

  await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: `Remove Actor: ${zelensky.name}` }).click();
  // Zoomed out, close events are drawn as counted clusters, so check one that is drawn on its own.
  await expect(mark(otherEvents[0]!.title).first()).toBeVisible();
});

test('an invalid date shows an error and is not applied', async ({ page }) => {
  await page.goto('./');
  const since = (await openFilters(page)).getByRole('textbox', { name: 'Since' });
  await since.fill('2025-02-30');
  await since.press('Enter');
  await expect(since).toHaveAttribute('aria-invalid', 'true');
  await expect(filters(page).getByRole('alert')).toContainText('February 2025 has 28 days');
  await expect(page).not.toHaveURL(/[?&]since=/);
  await since.fill('2025-03');
  await since.press('Enter');
  await expect(page).toHaveURL(/[?&]since=2025-03(&|$)/);
  await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove Since: 2025-03' })).toBeVisible();
});

test('/ focuses the search box, except while typing in a field', async ({ page }) => {
  await page.goto('./');
  // Pressed as soon as the title is there: the search field's code may still be on its way (it comes
  // after the first paint), and the field is focused when it arrives.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');

  const since = (await openFilters(page)).getByRole('textbox', { name: 'Since' });
  await since.focus();
  await page.keyboard.type('2025/');
  await expect(since).toBeFocused();
  await expect(since).toHaveValue('2025/');
});

test('? opens the keyboard shortcuts, Escape closes them and focus returns', async ({ page }) => {
  await page.goto('./');
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Fit all events');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('search, filters and the shortcuts dialog have no axe violations', async ({ page }) => {
  // Three runs of axe's full rule set (./axe.ts): more than 30 s when other test runs share the machine.
  test.slow();
  await page.goto('./');
  await searchBox(page).fill('Kursk');
  await searchBox(page).press('ArrowDown');
  await expectNoAxeViolations(page, '[role="search"]');
  // Close the results popup, which lies over the filter bar below the search box.
  await searchBox(page).press('Escape');

  await (await openFilters(page)).getByRole('button', { name: /^talks/ }).click();
  await expectNoAxeViolations(page, '.filter-bar');

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoAxeViolations(page, 'dialog');
});
