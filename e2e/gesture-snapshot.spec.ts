import { expect, test, type Page } from '@playwright/test';
import { generateModel } from '../bench/generate-model.ts';

// Assumptions about the app: a large scene's gesture moves a canvas copy of the marks
// (.timeline__snapshot, inside the moved .timeline__frame, which gets .is-snapshot) while the SVG
// layer of marks stays in place, transparent, with its names and focus; the marks are laid out again
// once the gesture rests. The marks' group is named "Timeline of …".

/** The bench's 10,000-event model: a year of it is thousands of marks, labels and clusters. */
const MODEL = JSON.stringify(generateModel({ events: 10_000, actors: 40, statements: 5_000, seed: 1 }));
const PAGE = './?model=bench-data/gestures.json&from=2022-03-20&to=2023-02-12';

test.describe.configure({ timeout: 90_000 });

async function open(page: Page) {
  await page.route('**/bench-data/gestures.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: MODEL }));
  await page.goto(PAGE);
  await page.waitForFunction(() => performance.getEntriesByName('parley:complete').length > 0, null, { timeout: 60_000 });
}

const layer = (page: Page) => page.getByRole('group', { name: /^Timeline of / });
const frameState = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector('.timeline__frame');
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline__snapshot');
    const svg = document.querySelector('.timeline__layer');
    // What a gesture makes transparent: the SVG's HTML box, never the SVG itself (restyling the SVG
    // root had Chromium lay every text in it out again).
    const marks = document.querySelector('.timeline__marks');
    // How much of the copy is drawn: pixels with any opacity, sampled.
    let inked = 0;
    if (canvas && canvas.width > 0 && canvas.height > 0) {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4 * 16) if (data[i]! > 0) inked++;
    }
    return {
      snapshot: !!frame?.classList.contains('is-snapshot'),
      canvasVisible: !!canvas && getComputedStyle(canvas).visibility === 'visible',
      layerOpacity: marks?.contains(svg) ? getComputedStyle(marks).opacity : null,
      svgOpacity: svg ? getComputedStyle(svg).opacity : null,
      inked,
      from: new URL(location.href).searchParams.get('from'),
      search: location.search,
    };
  });

test('a drag moves a drawn copy of the marks, whose names stay; at rest the marks are laid out anew', async ({ page }) => {
  await open(page);
  const before = await frameState(page);
  expect(before).toMatchObject({ snapshot: false, canvasVisible: false, layerOpacity: '1', svgOpacity: '1' });
  const marks = await layer(page).getByRole('button').count();
  expect(marks).toBeGreaterThan(500);

  const box = await page.locator('#timeline-plot').boundingBox();
  if (!box) throw new Error('no plot');
  const [x, y] = [box.x + box.width / 2, Math.min(box.y + 200, 600)];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 150, y, { steps: 6 });
  // Mid-gesture: the copy is on screen, with ink on it; the marks are transparent but all still there, by name.
  await expect.poll(async () => (await frameState(page)).snapshot).toBe(true);
  const moving = await frameState(page);
  expect(moving).toMatchObject({ canvasVisible: true, layerOpacity: '0', svgOpacity: '1' });
  expect(moving.inked).toBeGreaterThan(500);
  expect(await layer(page).getByRole('button').count()).toBe(marks);

  await page.mouse.up();
  // At rest: the marks are back, laid out for the new window (earlier: the drag went right).
  await expect.poll(async () => (await frameState(page)).snapshot).toBe(false);
  await expect.poll(async () => (await frameState(page)).from).not.toBe(before.from);
  const after = await frameState(page);
  expect(after).toMatchObject({ canvasVisible: false, layerOpacity: '1', svgOpacity: '1' });
  expect(after.from! < before.from!).toBe(true);
  await expect(page.locator('.timeline__layer .mark-label').first()).toBeVisible();
});

test('a wheel while a mark has the focus moves the marks themselves, and the focus stays; a zoom key needs no copy', async ({ page }) => {
  await open(page);
  // Records whether the copy ever replaced the marks.
  await page.evaluate(() => {
    const frame = document.querySelector('.timeline__frame')!;
    const w = window as unknown as { __snapshotSeen: boolean };
    w.__snapshotSeen = false;
    new MutationObserver(() => {
      if (frame.classList.contains('is-snapshot')) w.__snapshotSeen = true;
    }).observe(frame, { attributes: true, attributeFilter: ['class'] });
  });
  const seen = () => page.evaluate(() => (window as unknown as { __snapshotSeen: boolean }).__snapshotSeen);
  const first = layer(page).locator('[data-event-id][tabindex="0"]').first();
  await first.focus();
  const id = await first.getAttribute('data-event-id');

  // A key zooms straight to its end: the marks wait a moment for their layout, moved as they are.
  let before = (await frameState(page)).search;
  await page.keyboard.press('-');
  await expect.poll(async () => (await frameState(page)).search).not.toBe(before);
  await page.waitForTimeout(500);
  expect(await seen()).toBe(false);

  // A wheel is a gesture; with the focus among the marks they move themselves, focus ring and all.
  // Over the focused mark (scrolled into view), so that zooming in keeps it drawn, and focused; a bar
  // that began before the window reaches out of the plot, to the left, under the lane labels.
  const mark = await layer(page).locator(`[data-event-id="${id}"]`).first().boundingBox();
  const plot = await page.locator('#timeline-plot').boundingBox();
  if (!mark || !plot) throw new Error('the focused mark is not drawn');
  await page.mouse.move(Math.max(plot.x + 10, mark.x + mark.width / 2), mark.y + mark.height / 2);
  before = (await frameState(page)).search;
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(40);
  }
  await expect.poll(async () => (await frameState(page)).search).not.toBe(before);
  await page.waitForTimeout(500);
  expect(await seen()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(id);

  // The same wheel with the focus elsewhere moves the copy.
  await page.getByRole('button', { name: 'Fit all' }).focus();
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(40);
  }
  await expect.poll(seen).toBe(true);
});
