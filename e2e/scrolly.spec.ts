import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readBundledModelText } from './model-file';

// Scrollytelling (issue 12 §5): public/demo/scrolly.html has a sticky embedded timeline beside eight
// paragraphs with data-parley-step; embed.js moves the timeline to each step as its paragraph
// crosses the middle of the viewport.

const steps = (JSON.parse(readBundledModelText()) as { story: { steps: { from: string; to: string; event?: string; statement?: string }[] } }).story.steps;

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 800 } });

const markOf = (frame: FrameLocator, id: string) =>
  frame.locator(`.timeline__plot [data-event-id="${id}"], .timeline__plot [data-statement-id="${id}"]`).first();

/** Whether the mark's centre lies within the plot's visible width, in the frame's own coordinates. */
async function isInWindow(mark: Locator): Promise<boolean> {
  if ((await mark.count()) === 0) return false;
  return mark.evaluate((el) => {
    const plot = el.closest('.timeline__plot')!.parentElement!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const centre = box.left + Math.min(box.width, 12) / 2;
    return centre >= plot.left && centre <= plot.right;
  });
}

/** Scrolls the paragraph to the middle of the viewport, as a reader reaching it would. */
const scrollToMiddle = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));

test('scrolling the demo moves the embedded timeline through every step of the story', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./demo/scrolly.html');
  const frame = page.frameLocator('#story-timeline');
  await expect.poll(() => isInWindow(markOf(frame, steps[0]!.event!)), { timeout: 30_000 }).toBe(true);
  for (let i = 0; i < steps.length; i++) {
    await scrollToMiddle(page, `[data-parley-step="${i + 1}"]`);
    // In compact lanes a quote is drawn with its occasion: for the statement step, look for the event it was said at.
    const id = steps[i]!.event ?? 'trump-rutte-oval-office-2025-03-13';
    await expect.poll(() => isInWindow(markOf(frame, id)), { message: `step ${i + 1}: ${id} in the window` }).toBe(true);
    // The Kursk incursion (step 1, August 2024) is out of every later step's window, so the timeline moved.
    if (i > 0) expect(await isInWindow(markOf(frame, steps[0]!.event!))).toBe(false);
  }
  // Scrolling back up walks back.
  await scrollToMiddle(page, '[data-parley-step="1"]');
  await expect.poll(() => isInWindow(markOf(frame, steps[0]!.event!))).toBe(true);
  // The frame stays in view beside the text (sticky), not scrolled away with the article.
  await scrollToMiddle(page, '[data-parley-step="8"]');
  const box = (await page.locator('#story-timeline').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(errors).toEqual([]);
});

test('several embeds on one page, each driven by its own paragraphs; a missing iframe or step only warns', async ({ page }) => {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('./demo/scrolly.html');
  const first = page.frameLocator('#story-timeline');
  await expect.poll(() => isInWindow(markOf(first, steps[0]!.event!)), { timeout: 30_000 }).toBe(true);
  // A second scrolly section after the story, with an embed and paragraphs of its own: an event, a
  // window, a missing target and a step the story lacks. (The page's CSP allows no inline styles:
  // the demo's own classes lay it out.)
  await page.evaluate(() => {
    document.querySelector('.scrolly__footer')!.insertAdjacentHTML(
      'beforebegin',
      '<div class="scrolly__body"><div class="scrolly__graphic">' +
        '<iframe id="second" data-parley src="../index.html?embed=1&amp;lanes=compact&amp;window=all" title="Second timeline"></iframe></div>' +
        '<div class="scrolly__steps">' +
        '<p id="p-event" data-parley-event="trump-putin-call-2025-03-18">The call.</p>' +
        '<p id="p-window" data-parley-from="2024-08-01" data-parley-to="2024-08-20">Kursk.</p>' +
        '<p id="p-missing" data-parley-step="2" data-parley-target="nope">Nowhere.</p>' +
        '<p id="p-nostep" data-parley-step="99">Too far.</p>' +
        '</div></div>',
    );
  });
  const second = page.frameLocator('#second');
  await expect(second.locator('.timeline__plot')).toBeVisible({ timeout: 30_000 });
  await scrollToMiddle(page, '#p-event');
  // data-parley-event selects in the nearest embed before it, the second one.
  const panel = (frame: FrameLocator) => frame.getByRole('complementary').or(frame.getByRole('region', { name: /^Trump–Putin call/ }));
  await expect(panel(second).first()).toContainText('Trump–Putin call');
  await expect(first.getByRole('complementary')).toHaveCount(0);
  await scrollToMiddle(page, '#p-window');
  await expect.poll(() => isInWindow(markOf(second, 'kursk-incursion-2024-08-06'))).toBe(true);
  await scrollToMiddle(page, '#p-missing');
  await expect.poll(() => warnings.some((w) => w.includes('no iframe[data-parley] "nope"'))).toBe(true);
  await scrollToMiddle(page, '#p-nostep');
  await expect.poll(() => warnings.some((w) => w.includes('story has no step 99'))).toBe(true);
  // The first embed was left where its own paragraph put it (step 1): no command went astray.
  expect(await isInWindow(markOf(first, steps[0]!.event!))).toBe(true);
  expect(await isInWindow(markOf(first, 'trump-putin-call-2025-03-18'))).toBe(false);
  expect(errors).toEqual([]);
});
