// A 1,000-file import through the UI (browser-mode upload): the panel shows done / total, the current
// file and Cancel; the library list grows while it runs; the UI keeps answering (typing in search,
// animation frames) throughout; and it ends with every file imported.
import { generatedArticle } from '../../electron/core/import/fixtures/generate-articles';
import { expect, openApp, screenshot, test } from '../fixtures';

const COUNT = 1000;

test('importing 1,000 files keeps the UI responsive and fills the library as articles arrive', async ({ page, app }) => {
  test.setTimeout(240_000);
  await openApp(page, app);
  const rows = page.getByTestId('library-list');
  const rowCount = async () => Number(await rows.getAttribute('aria-rowcount')) - 1;
  const before = await rowCount();

  const files = Array.from({ length: COUNT }, (_, i) => ({ name: `dispatch-${String(i).padStart(4, '0')}.txt`, text: generatedArticle(5000 + i, 6) }));
  const drop = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: drop });

  const panel = page.getByTestId('import-panel');
  const progress = panel.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toHaveAttribute('aria-valuemax', String(COUNT), { timeout: 30_000 });

  // While the import runs: the UI answers within a frame or two, and typing in search works.
  const frameDelays: number[] = [];
  // Once the import ends the progress bar gives way to the report: then there is nothing left to wait for.
  const done = async () => Number((await progress.getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => null)) ?? COUNT);
  let firstSeen = -1;
  let shot = false;
  const growth: number[] = [];
  // Sample until the photograph is taken and the list has visibly grown since the first sample (or
  // the import ends, when the assertions below say what was missing).
  const grown = () => growth.length > 1 && growth[growth.length - 1]! > growth[0]!;
  while (!shot || !grown()) {
    const now = await done();
    frameDelays.push(await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    })));
    if (now >= COUNT) break;
    if (firstSeen < 0 && now > 0) firstSeen = now;
    growth.push(await rowCount());
    if (!shot && now >= COUNT * 0.1 && now <= COUNT * 0.9) {
      await expect(panel.getByRole('heading', { name: /Importing [\d,]+ of 1,000/ })).toBeVisible();
      await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
      await expect(panel.getByTestId('import-current')).toContainText(/dispatch-\d{4}\.txt/);
      await screenshot(page, 'import-1000-running');
      shot = true;
      const search = page.getByTestId('search-input');
      const typed = Date.now();
      await search.pressSequentially('pipeline');
      await expect(search).toHaveValue('pipeline');
      const typingMs = Date.now() - typed;
      expect(typingMs, 'typing in search answers during the import').toBeLessThan(3_000);
      await search.fill('');
    }
    await page.waitForTimeout(100);
  }
  expect(shot, 'a moment between 10% and 90% was seen and photographed').toBe(true);
  expect(Math.max(...frameDelays), `frame delays ${frameDelays.join(', ')}`).toBeLessThan(1_000);
  expect(growth.length).toBeGreaterThan(1);
  expect(growth[growth.length - 1]!, 'the library list grew while importing').toBeGreaterThan(growth[0]!);
  expect(growth[0]!).toBeGreaterThanOrEqual(before);

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 200_000 });
  await expect(report.locator('.import-summary')).toContainText('1,000 imported');
  await expect.poll(rowCount).toBe(before + COUNT);
});
