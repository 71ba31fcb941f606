// Importing in browser mode: ~30 generated files dropped on the window show a progress panel
// (done / total, current file, Cancel) while the library fills in, then a per-file report.
import { generatedArticle } from '../../electron/core/import/fixtures/generate-articles';
import { expect, openApp, screenshot, test } from '../fixtures';

test('dropping 30 files shows progress, fills the library as articles arrive, and ends with a report', async ({ page, app }) => {
  await openApp(page, app);
  // Slow each poll's answer a little so the running panel can be seen and photographed.
  await page.route('**/api/getImportJob', async (route) => {
    await new Promise((r) => setTimeout(r, 150));
    await route.continue();
  });
  const files = Array.from({ length: 30 }, (_, i) => ({ name: `story-${String(i).padStart(2, '0')}.txt`, text: generatedArticle(1000 + i, 40) }));
  files.push({ name: 'broken.txt', text: '\u0000\u0001\u0002 not text' });
  const drop = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: drop });

  const panel = page.getByTestId('import-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuemax', '31');
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(panel.getByTestId('import-current')).toContainText(/story-\d\d\.txt|broken\.txt|Preparing/);
  await expect(panel.getByRole('heading', { name: /Importing \d+ of 31/ })).toBeVisible();
  await screenshot(page, 'import-progress');

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 25_000 });
  await expect(report).toContainText('Import finished');
  await expect(report.locator('.import-summary')).toHaveText('30 imported · 1 not imported');
  await expect(report.locator('.import-item[data-status="rejected"]')).toContainText('broken.txt');
  await screenshot(page, 'import-report');

  await report.locator('.import-open', { hasText: 'Report 1007' }).click();
  await expect(page.locator('.reading-area, main').first()).toContainText('Report 1007');
});

test('a dropped http link that cannot be reached says so in words', async ({ page, app }) => {
  await openApp(page, app);
  const drop = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.setData('text/uri-list', '# comment\nhttp://127.0.0.1:9/unreachable-story');
    return dt;
  });
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: drop });
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(report).toContainText('You seem to be offline: could not reach 127.0.0.1');
});
