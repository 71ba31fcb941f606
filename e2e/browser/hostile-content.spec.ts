// Untrusted article content is inert: hostile pages imported through the real importer are shown
// without running any of their script, loading any remote resource or keeping dangerous links.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, expect, openApp, screenshot, test } from '../fixtures';

const HOSTILE = path.join(__dirname, '..', 'hostile-articles');

test('hostile articles show as clean text: no script runs, nothing remote loads, no javascript: links', async ({ page, app }) => {
  const report = JSON.parse(
    execFileSync(process.execPath, [path.join(ROOT, 'electron', 'cli', 'parallax.cjs'), 'import', HOSTILE, '--library', app.libraryDir, '--json'], {
      encoding: 'utf8',
    }),
  );
  expect(report.imported).toBe(3);

  const foreign: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(app.origin)) foreign.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await openApp(page, app);
  for (const title of ['Summit ends with a joint statement', 'Notes from the pipeline hearing', 'Why a script tag in a newsletter is just text']) {
    await page.getByTestId('library-row').filter({ hasText: title }).click({ modifiers: ['ControlOrMeta'] });
  }
  const columns = page.getByTestId('reader-column');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(0).getByTestId('article-body')).toContainText('seventeen pages');
  await expect(columns.nth(2).getByTestId('article-body')).toContainText('<script>');
  // A remote picture is never fetched: a placeholder shows its description instead.
  await expect(columns.nth(0).getByTestId('image-placeholder').filter({ hasText: 'Tracker pixel' })).toBeVisible();

  // Click every link an article kept: none may be javascript:, and clicking must not run anything.
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]').count()).toBe(0);
  expect(await page.locator('[data-testid="article-body"] :is(script, iframe, object, embed, form, svg, math, img, style, link)').count()).toBe(0);
  const attrs = await page.locator('[data-testid="article-body"] *').evaluateAll((els) =>
    els.flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on') || a === 'style' || a === 'srcdoc')),
  );
  expect(attrs).toEqual([]);

  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  await screenshot(page, 'hostile-articles');
});
