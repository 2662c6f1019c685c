import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { readBundledModelText } from './model-file';

// Story mode (issue 12 §4): the Story button walks the bundled model's story step by step, each step
// moving the timeline to its window and opening what it selects; the URL says step=N.

interface StoryStepFile {
  title: string;
  text: string;
  from: string;
  to: string;
  event?: string;
  statement?: string;
}
const model = JSON.parse(readBundledModelText()) as {
  story: { steps: StoryStepFile[] };
  events: { id: string; title: string }[];
  statements: { id: string; text: string }[];
};
const steps = model.story.steps;

const startsWith = (text: string) => new RegExp(`^${text.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
/** The title the detail panel is named after for a step's selection. */
function selectedTitle(step: StoryStepFile): string {
  if (step.event) return model.events.find((e) => e.id === step.event)!.title;
  // A statement's panel is named after its speaker; the bundled story's one statement is Trump's.
  return 'Statement by Donald Trump';
}
const markOf = (page: Page, id: string) => page.locator(`.timeline__plot [data-event-id="${id}"], .timeline__plot [data-statement-id="${id}"]`).first();

/** Whether the mark's centre lies within the plot's visible width (a mark out of the window may not be drawn at all). */
async function isInWindow(page: Page, mark: Locator): Promise<boolean> {
  if ((await mark.count()) === 0) return false;
  const box = await mark.boundingBox();
  const plot = await page.locator('.timeline__plot').evaluate((el) => {
    const r = el.parentElement!.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  if (!box) return false;
  const centre = box.x + Math.min(box.width, 12) / 2;
  return centre >= plot.left && centre <= plot.right;
}


test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 800 } });

test('Story → Next walks every step: caption, count, URL, window and selection as each step says; Escape leaves and keeps the view', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const n = i + 1;
    const region = page.locator('.story-caption');
    await expect(region.getByRole('heading', { name: step.title })).toBeVisible();
    await expect(region).toContainText(`${n} of ${steps.length}`);
    await expect(region).toContainText(step.text);
    await expect(page).toHaveURL(new RegExp(`\\?step=${n}$`));
    await expect(page.getByRole('complementary', { name: startsWith(selectedTitle(step)) })).toBeVisible();
    await expect.poll(() => isInWindow(page, markOf(page, (step.event ?? step.statement)!))).toBe(true);
    if (n < 3) {
      // The story's first steps are months or days before Putin's answer: it is out of their window.
      await expect.poll(() => isInWindow(page, markOf(page, 'putin-ceasefire-answer-2025-03-13'))).toBe(false);
    }
    if (n < steps.length) await region.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.locator('.story-caption').getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  // A disabled Next changes nothing (pressed by keyboard: Playwright won't click an aria-disabled button).
  await page.locator('.story-caption').getByRole('button', { name: 'Next' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?step=${steps.length}$`));

  await page.keyboard.press('Escape');
  await expect(page.locator('.story-caption')).toHaveCount(0);
  const last = steps.at(-1)!;
  // The view stays: the last step's window (as written in the file) and its selection.
  await expect(page).toHaveURL(new RegExp(`[?&]from=${last.from}&to=${last.to}`));
  await expect(page.getByRole('complementary', { name: startsWith(selectedTitle(last)) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Story', exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Story', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('?step=4 opens step 4; → and ← walk steps while the caption has focus; Back and Forward walk them too', async ({ page }) => {
  await page.goto('./?step=4');
  const region = page.locator('.story-caption');
  await expect(region.getByRole('heading', { name: steps[3]!.title })).toBeVisible({ timeout: 20_000 });
  await expect(region).toContainText(`4 of ${steps.length}`);
  await expect(page.getByRole('complementary', { name: startsWith(selectedTitle(steps[3]!)) })).toBeVisible();
  await expect.poll(() => isInWindow(page, markOf(page, steps[3]!.event!))).toBe(true);

  await region.getByRole('button', { name: 'Previous' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(region.getByRole('heading', { name: steps[4]!.title })).toBeVisible();
  await expect(page).toHaveURL(/\?step=5$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(region.getByRole('heading', { name: steps[2]!.title })).toBeVisible();
  // The polite live region says the step's title and text.
  await expect(region.locator('[aria-live="polite"]')).toHaveText(`Step 3 of ${steps.length}: ${steps[2]!.title}. ${steps[2]!.text}`);

  await page.goBack();
  await expect(region.getByRole('heading', { name: steps[3]!.title })).toBeVisible();
  await page.goBack();
  await expect(region.getByRole('heading', { name: steps[4]!.title })).toBeVisible();
  await page.goForward();
  await expect(region.getByRole('heading', { name: steps[3]!.title })).toBeVisible();
  await expect(page).toHaveURL(/\?step=4$/);
});

test('a link to a step the story lacks says so and opens the usual view', async ({ page }) => {
  await page.goto('./?step=42');
  await expect(page.getByText(`The story has ${steps.length} steps; the link asked for step 42, so it was left out.`)).toBeVisible();
  await expect(page.locator('.story-caption')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Story', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('under prefers-reduced-motion a step moves the window at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?step=1');
  await expect.poll(() => isInWindow(page, markOf(page, steps[0]!.event!))).toBe(true);
  await page.locator('.story-caption').getByRole('button', { name: 'Next' }).click();
  // No glide: in the very next frames the new step's item is already in its place.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await isInWindow(page, markOf(page, steps[1]!.event!))).toBe(true);
});

test('axe with experimental rules finds nothing with the story open', async ({ page }) => {
  await page.goto('./?step=5');
  await expect(page.locator('.story-caption').getByRole('heading', { name: steps[4]!.title })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('complementary', { name: startsWith(selectedTitle(steps[4]!)) })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the caption fits the phone and its buttons are reachable', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const region = page.locator('.story-caption');
    await expect(region.getByRole('heading', { name: steps[0]!.title })).toBeVisible();
    const box = (await region.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await region.getByRole('button', { name: 'Next' }).click();
    await expect(region.getByRole('heading', { name: steps[1]!.title })).toBeVisible();
    await expect.poll(() => isInWindow(page, markOf(page, steps[1]!.event!))).toBe(true);
  });
});
