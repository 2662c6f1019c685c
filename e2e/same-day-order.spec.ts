import { expect, test, type Page } from '@playwright/test';
import { readBundledModel } from './model-file';

// 13 March 2025 in the bundled model: every event is dated to the day, without a time. Their `order`
// (from the fact sheet's "earlier/later in the day") puts them as the day went, which titles would not:
// by title, "Putin receives Witkoff" (late that evening) would come first and Ushakov (before Putin's
// press conference) last.
const USHAKOV = 'ushakov-comments-2025-03-13';
const PUTIN_ANSWER = 'putin-ceasefire-answer-2025-03-13';
const TRUMP_REPLY = 'trump-rutte-oval-office-2025-03-13';
const PUTIN_WITKOFF = 'putin-witkoff-meeting-2025-03-13';

const model = readBundledModel();
const titleOf = (id: string) => {
  const event = model.events.find((e) => e.id === id);
  if (!event) throw new Error(`The bundled model has no event "${id}"; update e2e/same-day-order.spec.ts.`);
  return event.title;
};

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

test('the list puts 13 March in the order of the day: Ushakov, Putin’s answer, Trump’s reply, then Putin receiving Witkoff', async ({ page }) => {
  await page.goto('./?view=list');
  const articles = page.getByRole('region', { name: 'Events in order' }).getByRole('article');
  // The list renders progressively: wait for all of it.
  await expect(articles).toHaveCount(model.events.length);
  const titles = await articles.getByRole('heading', { level: 3 }).allTextContents();
  const at = (id: string) => titles.indexOf(titleOf(id));
  const positions = [USHAKOV, PUTIN_ANSWER, TRUMP_REPLY, PUTIN_WITKOFF].map(at);
  expect(positions.every((p) => p >= 0), `titles: ${titles.join(' | ')}`).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));

  // Putin's quotes of that day come before Trump's in his answer's entry and overall.
  const quotes = await page.locator('[id^="event-list-statement-"]').evaluateAll((nodes) => nodes.map((n) => n.id));
  const firstTrump = quotes.indexOf('event-list-statement-trump-very-promising-statement');
  const lastPutin = quotes.indexOf('event-list-statement-putin-discuss-with-trump');
  expect(lastPutin).toBeGreaterThanOrEqual(0);
  expect(lastPutin).toBeLessThan(firstTrump);
});

test('→ goes from Putin’s answer to Trump’s reply and ← comes back; Next in the panel agrees', async ({ page }) => {
  await page.goto(`./?event=${PUTIN_ANSWER}&from=2025-03-12&to=2025-03-15`);
  const mark = page.locator('.mark[tabindex="0"]');
  await expect(mark).toHaveAttribute('data-event-id', PUTIN_ANSWER);
  await mark.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedId(page)).toBe(TRUMP_REPLY);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedId(page)).toBe(PUTIN_WITKOFF);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedId(page)).toBe(PUTIN_ANSWER);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedId(page)).toBe(USHAKOV);

  const panel = page.getByRole('complementary', { name: titleOf(PUTIN_ANSWER) });
  await panel.getByRole('button', { name: 'Next event' }).click();
  await expect(page.getByRole('complementary', { name: titleOf(TRUMP_REPLY) })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${TRUMP_REPLY}`));
});
