import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 12 §3: at day zoom a quote marker shows the opening words of its quote, clear of every label.
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 800 } });

const DAY_ZOOM = './?from=2025-03-10&to=2025-03-15';

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The drawn boxes (screen px) of the elements `selector` finds in the timeline's layer. */
function boxesOf(page: Page, selector: string): Promise<Box[]> {
  return page.locator(`.timeline__layer ${selector}`).evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { text: element.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openDayZoom(page: Page) {
  await page.goto(DAY_ZOOM);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  // The callout layout is fetched after the first paint.
  await expect.poll(async () => (await boxesOf(page, '.quote-callout')).length).toBeGreaterThanOrEqual(3);
}

test('at day zoom, quote markers show their opening words, none over a label or another callout', async ({ page }) => {
  await openDayZoom(page);
  const callouts = await boxesOf(page, '.quote-callout');
  const labels = await boxesOf(page, '.mark-label');
  expect(labels.length).toBeGreaterThan(5);
  const inView = callouts.filter((c) => c.right > 0 && c.left < 1280);
  expect(inView.length).toBeGreaterThanOrEqual(3);
  for (const callout of callouts) {
    // Opening words: a verbatim quote in quotation marks, a paraphrase after its tag and without them.
    expect(callout.text).toMatch(/^(“.+”|Paraphrase: [^“”]+)$/u);
    for (const label of labels) expect(overlap(callout, label), `"${callout.text}" over "${label.text}"`).toBe(false);
    for (const other of callouts) if (other !== callout) expect(overlap(callout, other), `"${callout.text}" over "${other.text}"`).toBe(false);
  }
  // Putin's answer leads the cluster of quotes on 13 March.
  // How many words fit depends on the room the lane's row leaves (the opening view's layout gives less).
  expect(callouts.map((c) => c.text)).toContainEqual(expect.stringMatching(/^“These 30 days( – how)?…”$/u));
});

test("a callout's words are in its marker's name once, and a click on them opens the quote", async ({ page }) => {
  await openDayZoom(page);
  // A single quote marker's callout is drawn right after its button (see scene-layer.tsx).
  const callout = page.locator('.timeline__layer path[data-statement-id] + text.quote-callout').first();
  await expect(callout).toBeAttached();
  const marker = page.locator(`.timeline__layer path[data-statement-id="${await callout.getAttribute('data-callout-of')}"]`);
  const words = (await callout.textContent())!;
  const name = (await marker.getAttribute('aria-label'))!;
  // The drawn words are part of the name, as WCAG 2.5.3 asks ("label in name").
  expect(name).toMatch(/^(Quote by .+, .+: “|Paraphrase: )/u);
  expect(name.split(words).length - 1).toBe(1);
  // The callout is hidden from assistive technology: the marker (a button) is read with its name only.
  await expect(callout).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);

  const id = (await marker.getAttribute('data-statement-id'))!;
  await callout.click();
  await expect(page).toHaveURL(new RegExp(`statement=${id}`));
  await expect(page.getByRole('complementary')).toBeVisible();
});

test('a cluster of quotes names the quote its callout shows, and a click on the words opens the cluster', async ({ page }) => {
  await openDayZoom(page);
  // A cluster's callout is drawn right after the cluster's button (not in it: see scene-layer.tsx).
  const found = await page.locator('.timeline__layer .scene > .cluster + .quote-callout').first().evaluate((callout) => ({
    words: callout.textContent ?? '',
    name: callout.previousElementSibling?.getAttribute('aria-label') ?? '',
  }));
  expect(found.name).toMatch(/^\d+ statements (close together|at the same time), among them (a quote|a paraphrase) by .+: .+\. (Zoom in|List them)$/u);
  expect(found.name.split(found.words.replace(/^Paraphrase: /u, '')).length - 1).toBe(1);
  // As a click on its pill: quotes of one day are parted by no zoom, so it lists them.
  expect(found.name).toMatch(/List them$/u);
  await page.locator('.timeline__layer .scene > .cluster + .quote-callout').first().click();
  const list = page.getByRole('dialog');
  await expect(list).toBeVisible();
  await expect(list.getByRole('button', { name: new RegExp(`^(Quote|Paraphrase) by `, 'u') }).first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`day zoom with callouts has no axe violations, experimental rules included (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openDayZoom(page);
    // The timeline only: the filter bar's kind buttons fail label-content-name-mismatch on main too
    // ("agreement1" drawn, "agreement, 1 event" named), which is not this spec's to fix.
    const { violations } = await new AxeBuilder({ page }).include('.timeline').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental']).analyze();
    const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`).join('\n');
    expect(violations, `axe violations:\n${report}`).toEqual([]);
  });
}
