import { expect, type Page } from '@playwright/test';

/** What the page says while files are dragged over it (src/open-model/model-drop-zone.tsx). */
export const DROP_OVERLAY_TEXT = 'Drop a model, a TimelineJS file or CSV files to open them';

/** Drags files over the page and drops them, as a reader would from their file manager. */
export async function dropFiles(page: Page, files: readonly { name: string; text: string; type?: string }[]) {
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: f.type ?? 'application/json' }));
    return transfer;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText(DROP_OVERLAY_TEXT)).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByText(DROP_OVERLAY_TEXT)).toHaveCount(0);
}
