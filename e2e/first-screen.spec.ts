import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// What a reader who arrives from an article sees before touching anything (issue 12 §1–2): the
// curator's opening view, with the timeline, not the controls, filling the first screen.

test.describe.configure({ timeout: 90_000 });

const PUTIN_ANSWER = 'Putin’s answer on the 30-day ceasefire';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** Putin's answer as drawn: in actor lanes, one mark in each participant's lane. */
const putinMarks = (page: Page) => timeline(page).getByRole('button', { name: new RegExp(`^${PUTIN_ANSWER}`) });
const putinMark = (page: Page) => putinMarks(page).first();
const labelStarting = (page: Page, text: string) => page.locator('.mark-label').filter({ hasText: new RegExp(`^${text}`) });

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`no box for ${selector}`);
  return found;
}

/** The day numbers on the axis, which must all lie in the story week. */
async function axisDays(page: Page): Promise<number[]> {
  return (await page.locator('.time-axis__label').allTextContents()).map(Number);
}

test.describe('at 1280×800', () => {
  test.use({ viewport: DESKTOP });

  test('a pressed view button and the Story button stay readable under the pointer', async ({ page }) => {
    // The plain button hover (more specific) once turned their dark fills light behind light text.
    await page.goto('./');
    for (const name of ['Timeline', 'Story']) {
      const button = page.getByRole('button', { name, exact: true });
      await button.hover();
      await expectNoAxeViolations(page, '.app-bar');
    }
  });

  test('the header keeps its height when the search field replaces its look-alike after the first paint', async ({ page }) => {
    // Found when the Story button joined the bar: the look-alike's text counted more than the real
    // field towards the bar's least width, so the bar took two rows until the field arrived, moving
    // the timeline 40 px down and back.
    await page.addInitScript(() => {
      const heights: number[] = [];
      (window as unknown as { headerHeights: number[] }).headerHeights = heights;
      const record = () => {
        const header = document.querySelector('.app-header');
        if (header && document.querySelector('.timeline')) heights.push(Math.round(header.getBoundingClientRect().height));
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto('./');
    await expect(page.getByRole('combobox', { name: /search/i })).toBeVisible();
    await page.waitForFunction(() => performance.getEntriesByName('parley:complete').length > 0);
    const heights = await page.evaluate(() => (window as unknown as { headerHeights: number[] }).headerHeights);
    expect(heights.length).toBeGreaterThan(0);
    expect(new Set(heights).size, `header heights frame by frame: ${[...new Set(heights)].join(' → ')}`).toBe(1);
  });

  test('the bare address opens on the story week with Putin’s answer selected and labelled, and keeps the address clean', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.time-axis__context').first()).toHaveText('March 2025');
    await expect(putinMark(page)).toBeVisible();
    // Its own mark with its own label, not one of "12 events close together".
    await expect(labelStarting(page, 'Putin’s answer')).toBeVisible();
    await expect(page.getByRole('complementary', { name: new RegExp(`^${PUTIN_ANSWER}`) })).toBeVisible();
    const days = await axisDays(page);
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day).toBeGreaterThanOrEqual(9);
    for (const day of days) expect(day).toBeLessThanOrEqual(20);
    await page.waitForTimeout(600);
    expect(new URL(page.url()).search).toBe('');
    // Opening on the curator's view moves no focus: a keyboard reader starts at the top of the page.
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).not.toBeFocused();
  });

  test('the timeline has the first screen: first lane in the top 30 %, the timeline at least 60 % of the height', async ({ page }) => {
    await page.goto('./');
    await expect(putinMark(page)).toBeVisible();
    const firstLane = await box(page, '.timeline .lane');
    expect(firstLane.y).toBeLessThanOrEqual(DESKTOP.height * 0.3);
    const region = await timeline(page).boundingBox();
    if (!region) throw new Error('no timeline');
    const shown = Math.min(region.y + region.height, DESKTOP.height) - Math.max(region.y, 0);
    expect(shown).toBeGreaterThanOrEqual(DESKTOP.height * 0.6);
  });

  test('the panel shows the selected event’s first quote without scrolling, under a kind that does not read like a quote', async ({ page }) => {
    await page.goto('./');
    const panel = page.getByRole('complementary', { name: new RegExp(`^${PUTIN_ANSWER}`) });
    const quote = panel.locator('blockquote').first();
    await expect(quote).toHaveText(/^These 30 days/);
    const at = await quote.boundingBox();
    if (!at) throw new Error('no quote');
    // Its first two lines at least are on the screen.
    expect(at.y + 2 * 26).toBeLessThanOrEqual(DESKTOP.height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Kind `statement` is worded as public remarks: the word "statement" belongs to the quotes.
    const kicker = panel.locator('.detail-kicker');
    await expect(kicker).toContainText('Public remarks');
    await expect(kicker).not.toContainText(/statement/i);
  });

  test('the description shows two lines and a More button that shows the rest', async ({ page }) => {
    await page.goto('./');
    const description = page.locator('.app-header__description .clamped-text__text');
    const lineHeight = await description.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const clamped = await description.boundingBox();
    expect(clamped!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
    const more = page.getByRole('button', { name: 'More of the description' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(page.getByRole('button', { name: 'Less of the description' })).toHaveAttribute('aria-expanded', 'true');
    expect((await description.boundingBox())!.height).toBeGreaterThan(2 * lineHeight + 1);
  });

  test('Fit all shows everything and says so in the link; Back returns to the bare address and the opening view', async ({ page }) => {
    await page.goto('./');
    await expect(putinMark(page)).toBeVisible();
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page).toHaveURL(/[?&]window=all(&|$)/);
    await expect(page.locator('.time-axis__context').first()).toHaveText('2024');
    // A shared link shows what its sharer saw: everything, and the same selection.
    await page.reload();
    await expect(page.locator('.time-axis__context').first()).toHaveText('2024');
    await expect(page.getByRole('complementary', { name: new RegExp(`^${PUTIN_ANSWER}`) })).toBeVisible();

    await page.goto('./');
    await expect(putinMark(page)).toBeVisible();
    await timeline(page).getByRole('button', { name: /^Witkoff’s visit to Moscow/ }).first().click();
    await expect(page).toHaveURL(/event=witkoff-moscow-visit-2025-03-13&from=2025-03-09&to=2025-03-20/);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByRole('complementary', { name: new RegExp(`^${PUTIN_ANSWER}`) })).toBeVisible();
  });

  test('a link with its own view is not overridden by the opening view', async ({ page }) => {
    await page.goto('./?event=kursk-incursion-2024-08-06');
    await expect(page.getByRole('complementary', { name: /^Ukraine’s incursion into Kursk/ })).toBeVisible();
    await expect(page.locator('.time-axis__context').first()).not.toHaveText('March 2025');
  });

  test('the last events of the window get their labels, clear of the right edge', async ({ page }) => {
    await page.goto('./');
    await expect(putinMark(page)).toBeVisible();
    const plot = await box(page, '#timeline-plot');
    for (const title of ['Russia–Ukraine prisoner exchange', 'Trump–Zelensky call']) {
      const label = labelStarting(page, title.slice(0, 12)).first();
      await expect(label).toBeVisible();
      // More than a stub: at least the first two words show.
      expect((await label.textContent())!.length).toBeGreaterThanOrEqual(16);
      // Within the plot, give or take the label's 1.5 px halo and the estimate of its width.
      const at = await label.boundingBox();
      expect(at!.x + at!.width).toBeLessThanOrEqual(plot.x + plot.width + 4);
    }
  });

  test('Filters: one button that opens the controls in a popover, by keyboard, with chips beside it', async ({ page }) => {
    await page.goto('./');
    const button = page.getByRole('button', { name: /^Filters/ });
    await expect(button).toHaveAccessibleName('Filters');
    await button.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Filters' });
    await expect(popover).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    // Focus went into the popover, on its first control.
    await expect(popover.getByRole('button', { name: /^agreement/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(button).toHaveAccessibleName('Filters 1 active');
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove Kind: call' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]kinds=call(&|$)/);
    await expect(popover.getByRole('checkbox', { name: 'Vladimir Putin' })).toBeVisible();
    await expect(popover.getByRole('textbox', { name: 'Since' })).toBeVisible();
    await expect(popover.getByRole('checkbox', { name: 'Verbatim quotes only' })).toBeVisible();
    // Escape closes the popover, not the detail panel, and hands focus back.
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.getByRole('complementary')).toBeVisible();
  });

  test('axe with experimental rules finds nothing with the filters popover open', async ({ page }) => {
    await page.goto('./?kinds=talks&actors=putin');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' }).getByRole('checkbox', { name: 'Vladimir Putin' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: PHONE });

  test('opens on the story week with the first lane in the top 40 %, Putin’s answer labelled and no sheet over it', async ({ page }) => {
    await page.goto('./');
    await expect(putinMark(page)).toBeVisible();
    await expect(labelStarting(page, 'Putin’s answer')).toBeVisible();
    const firstLane = await box(page, '.timeline .lane');
    expect(firstLane.y).toBeLessThanOrEqual(PHONE.height * 0.4);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
  });

  test('lane names wrap instead of being cut, and the overview’s axis shows months', async ({ page }) => {
    await page.goto('./');
    await expect(putinMark(page)).toBeVisible();
    const names = await page.locator('.lane__label').evaluateAll((labels) =>
      labels.map((label) => [...label.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')),
    );
    expect(names).toContain('United States');
    expect(names).toContain('Saudi Arabia');
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page.locator('.time-axis')).toHaveAttribute('data-granularity', 'month');
    expect(await page.locator('.time-axis__label').allTextContents()).toEqual(expect.arrayContaining(['Sep', 'Dec', 'Mar']));
  });

  test('the filters open as a sheet within the screen, and the tools fold behind one button', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet.getByRole('button', { name: 'Done' })).toBeVisible();
    const at = await sheet.boundingBox();
    expect(at!.x).toBe(0);
    expect(at!.width).toBe(PHONE.width);
    expect(at!.y + at!.height).toBeLessThanOrEqual(PHONE.height + 1);
    await sheet.getByRole('button', { name: 'Done' }).click();
    await expect(sheet).toBeHidden();

    await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
    await page.getByRole('button', { name: 'Tools' }).click();
    await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tools' })).toBeFocused();
  });
});

test.describe('embedded in a 650 px article column', () => {
  test.use({ viewport: { width: 650, height: 560 } });

  test('opens on the story week with labels for the events in view', async ({ page }) => {
    await page.goto('./?embed=1');
    await expect(page.locator('.time-axis__context').first()).toHaveText('March 2025');
    await expect(labelStarting(page, 'Putin’s answer')).toBeVisible();
    expect(await page.locator('.mark-label').count()).toBeGreaterThanOrEqual(12);
    // No panel opens by itself in an article: the author sized the frame for the timeline.
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });

  test('a panel taller than its frame scrolls, with a shadow along its bottom edge saying so', async ({ page }) => {
    await page.goto('./?embed=1');
    await putinMark(page).click();
    const panel = page.locator('.app-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    const sizes = await panel.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, background: getComputedStyle(el).backgroundImage }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.background).toContain('radial-gradient');
  });
});
