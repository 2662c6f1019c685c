import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ModelFile } from '../src/model/model-file-schema.ts';
import { eraModel } from '../src/testing/fixtures/era-model.ts';
import { iranTalksModel } from '../src/testing/fixtures/iran-talks-model.ts';

// Models other than the bundled one, served from the app's own origin under test-models/ (routed
// here), opened with ?model=. Assumptions about the app: event marks are buttons named "<title>, <date>,
// …"; a band's left edge is its first rect's; the axis writes day numbers as `.time-axis__label` and
// the month above them as `.time-axis__context`; cluster pills are buttons named "<n> events close
// together. Zoom in" or "<n> statements at the same time. List them".

async function serveModel(page: Page, name: string, file: ModelFile) {
  await page.route(`**/test-models/${name}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const marks = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${escape(title)},`) });
/** Any control that names a cluster of one, in any wording: "1 events", "1 event close together", … */
const clusterOfOne = (page: Page) => page.getByRole('button', { name: /^1 (event|statement)s?\b/ });

async function left(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.x;
}

/** Screen x of the axis tick labelled `label` (its text starts 3 px after the tick). */
async function tickX(page: Page, label: string): Promise<number> {
  return (await left(page.locator('.time-axis__label').filter({ hasText: new RegExp(`^${label}$`) }).first())) - 3;
}

for (const year of [1962, 1850, 800]) {
  for (const lanes of ['actors', 'compact'] as const) {
    test(`a model in October ${year} draws every event at its date (${lanes})`, async ({ page }) => {
      await serveModel(page, `era-${year}.json`, eraModel(year));
      await page.goto(`./?model=test-models/era-${year}.json&lanes=${lanes}`);
      await expect(page.getByRole('heading', { level: 1, name: `Test ${String(year).padStart(4, '0')}` })).toBeVisible();
      await expect(page.locator('.time-axis__context').first()).toHaveText(`October ${year}`);

      // Each event is its own mark, named with its date as written.
      await expect(marks(page, 'First meeting').first()).toHaveAccessibleName(new RegExp(`^First meeting, 16 October ${year}, meeting`));
      await expect(marks(page, 'Evening address')).toHaveAccessibleName(new RegExp(`^Evening address, 22 October ${year}, 19:00 \\(UTC-04:00\\)`));
      await expect(marks(page, 'Second meeting')).toHaveAccessibleName(new RegExp(`^Second meeting, 27 October ${year}`));
      await expect(page.locator('.cluster')).toHaveCount(0);

      // …at its date: the meetings' bands start on their day's tick and end on the next; the address,
      // at 23:00 UTC on the 22nd, sits 23/24 of the way from the 22nd's tick to the 23rd's.
      const day = (await tickX(page, '17')) - (await tickX(page, '16'));
      expect(day).toBeGreaterThan(20);
      const firstBand = marks(page, 'First meeting').first().locator('rect').first();
      expect(Math.abs((await left(firstBand)) - (await tickX(page, '16')))).toBeLessThan(1.5);
      expect(Math.abs(((await firstBand.boundingBox())!.width) - day)).toBeLessThan(1.5);
      const secondBand = marks(page, 'Second meeting').locator('rect').first();
      expect(Math.abs((await left(secondBand)) - (await tickX(page, '27')))).toBeLessThan(1.5);
      const address = (await marks(page, 'Evening address').boundingBox())!;
      const expected = (await tickX(page, '22')) + (23 / 24) * day;
      expect(Math.abs(address.x + address.width / 2 - expected)).toBeLessThan(2);
    });
  }
}

test.describe('a multi-day event ending on the day of a one-day event (2015 Iran talks)', () => {
  const windows = [
    ['everything', ''],
    ['summer', '&from=2015-06-01&to=2015-07-31'],
    ['the last three weeks', '&from=2015-06-25&to=2015-07-16'],
    ['three days', '&from=2015-07-12&to=2015-07-14'],
    ['14 July', '&from=2015-07-14&to=2015-07-14'],
    ['an hour of 14 July', '&from=2015-07-14T11:30Z&to=2015-07-14T12:30Z'],
  ] as const;

  for (const width of [1280, 390]) {
    test(`draws both as their own marks in every lane at every zoom, and never names a cluster of one (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await serveModel(page, 'iran.json', iranTalksModel());
      for (const [what, window] of windows) {
        await page.goto(`./?model=test-models/iran.json${window}`);
        await expect(marks(page, 'Final round in Vienna'), what).toHaveCount(3);
        await expect(marks(page, 'JCPOA agreed in Vienna'), what).toHaveCount(3);
        for (let lane = 0; lane < 3; lane++) {
          await expect(marks(page, 'Final round in Vienna').nth(lane), `${what}, lane ${lane}`).toBeVisible();
          await expect(marks(page, 'JCPOA agreed in Vienna').nth(lane), `${what}, lane ${lane}`).toBeVisible();
        }
        await expect(clusterOfOne(page), what).toHaveCount(0);
      }
    });
  }

  test('"zoom in" on the two events of 2 April parts them', async ({ page }) => {
    await serveModel(page, 'iran.json', iranTalksModel());
    await page.goto('./?model=test-models/iran.json');
    const pill = page.getByRole('button', { name: '2 events close together. Zoom in' });
    await expect(pill).toHaveCount(1);
    await pill.click();
    await expect(page).toHaveURL(/from=2015-0[34]/);
    await expect(marks(page, 'Framework announced in Lausanne').first()).toBeVisible();
    await expect(marks(page, 'Press conference in Lausanne').first()).toBeVisible();
    await expect(page.locator('.cluster')).toHaveCount(0);
  });

  test('quotes said at the same time, which no zoom parts, open as a list', async ({ page }) => {
    const file = iranTalksModel();
    file.statements = [
      { id: 'said-1', speaker: 'iran', date: '2015-07-14', text: 'First test statement.', mode: 'verbatim', event: 'jcpoa-agreed' },
      { id: 'said-2', speaker: 'iran', date: '2015-07-14', text: 'Second test statement.', mode: 'paraphrase', event: 'jcpoa-agreed' },
    ];
    await serveModel(page, 'iran-quotes.json', file);
    await page.goto('./?model=test-models/iran-quotes.json&from=2015-07-13&to=2015-07-15');
    await page.getByRole('button', { name: /^2 statements at the same time\b.*List them$/ }).click();
    const list = page.getByRole('dialog', { name: '2 statements at the same time' });
    await expect(list.getByRole('button')).toHaveText([/Quote by Iran: First test statement\./, /Paraphrase by Iran: Second test statement\./]);
    await expect(list.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await page.getByRole('button', { name: /^2 statements at the same time\b.*List them$/ }).click();
    await list.getByRole('button', { name: /Second test statement/ }).click();
    await expect(page).toHaveURL(/statement=said-2/);
    await expect(list).toHaveCount(0);
  });
});
