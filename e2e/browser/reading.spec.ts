// The first-run experience in a real browser: the sample library, reading side by side, search,
// editing metadata. Each test has its own fresh library and server.
import { expect, openApp, screenshot, test } from '../fixtures';

const TITLES = {
  bochkov: 'How Western pressure is pushing China and Russia ever closer',
  hug: 'Xi Jinping hugs Vladimir Putin in defiance of the West',
  timely: 'Xi Jinping & Vladimir Putin – a timely partnership',
};

test('the library opens on the five sample articles with titles and bylines', async ({ page, app }) => {
  await openApp(page, app);
  const rows = page.getByTestId('library-row');
  await expect(rows).toHaveCount(5);
  const list = page.getByTestId('library-list');
  for (const title of Object.values(TITLES)) await expect(list).toContainText(title);
  for (const author of ['Danil Bochkov', 'Theo Sommer', 'Mălina Mîndruțescu']) await expect(list).toContainText(author);
  await expect(page.getByTestId('article-count')).toContainText('5');
  await screenshot(page, 'library');
});

test('opening two articles shows them side by side, and a column can be closed', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByTestId('library-row').filter({ hasText: TITLES.bochkov }).click();
  await expect(page.getByTestId('reader-column')).toHaveCount(1);
  await page.getByTestId('library-row').filter({ hasText: TITLES.hug }).click({ modifiers: ['ControlOrMeta'] });
  const columns = page.getByTestId('reader-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0).getByTestId('article-title')).toHaveText(TITLES.bochkov);
  await expect(columns.nth(1).getByTestId('article-title')).toHaveText(TITLES.hug);
  await expect(columns.nth(0).getByTestId('article-byline')).toContainText('Danil Bochkov');
  await screenshot(page, 'two-columns');

  await columns.nth(0).getByTestId('column-close').click();
  await expect(columns).toHaveCount(1);
  await expect(columns.first().getByTestId('article-title')).toHaveText(TITLES.hug);
});

test('"open beside" adds columns up to four', async ({ page, app }) => {
  await openApp(page, app);
  const rows = page.getByTestId('library-row');
  for (let i = 0; i < 4; i++) {
    await rows.nth(i).hover();
    await rows.nth(i).getByTestId('open-beside').click();
  }
  await expect(page.getByTestId('reader-column')).toHaveCount(4);
  await screenshot(page, 'four-columns');
});

test('the article view is clean reading text, not the raw file', async ({ page, app }) => {
  await openApp(page, app);
  for (const title of [TITLES.bochkov, TITLES.timely]) {
    await page.getByTestId('library-row').filter({ hasText: title }).click();
    const body = page.getByTestId('reader-column').getByTestId('article-body');
    await expect(body).toBeVisible();
    const text = await body.innerText();
    for (const noise of ['Advertisement', 'Photo source', 'Illustration: Craig', 'Verifica Menajeria', 'Select Page']) {
      expect(text).not.toContain(noise);
    }
    expect(await body.locator('p').count()).toBeGreaterThan(10);
  }
});

test('searching "Olympics" finds the articles that mention it and not the others', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByTestId('search-input').fill('Olympics');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(3);
  await expect(page.getByTestId('search-count')).toContainText('3');
  const text = (await hits.allInnerTexts()).join('\n');
  expect(text).toContain(TITLES.bochkov);
  expect(text).toContain(TITLES.timely);
  expect(text).not.toContain(TITLES.hug);
  await expect(hits.first().locator('mark').first()).toBeVisible();
  await screenshot(page, 'search-olympics');

  await hits.filter({ hasText: TITLES.bochkov }).click();
  await expect(page.getByTestId('reader-column').getByTestId('article-title')).toHaveText(TITLES.bochkov);

  await page.getByTestId('search-input').fill('zzzunfindable');
  await expect(hits).toHaveCount(0);
  await expect(page.getByText(/No articles match/)).toBeVisible();
});

test('unknown metadata is said plainly and can be edited; bad values get a clear error', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByTestId('library-row').filter({ hasText: TITLES.bochkov }).click();
  const column = page.getByTestId('reader-column');
  await expect(column.getByTestId('article-outlet')).toContainText(/unknown/i);

  await column.getByTestId('edit-metadata').click();
  const form = column.getByTestId('metadata-form');
  await form.locator('input[name="outlet"]').fill('South China Morning Post');
  await form.locator('input[name="publishedAt"]').fill('not a date');
  await form.getByTestId('metadata-save').click();
  await expect(page.getByTestId('error-message').first()).toContainText(/date/i);

  await form.locator('input[name="publishedAt"]').fill('2021-12-20');
  await form.getByTestId('metadata-save').click();
  await expect(column.getByTestId('article-outlet')).toContainText('South China Morning Post');
  await expect(column.getByTestId('article-date')).toContainText(/2021/);
  await expect(page.getByTestId('library-row').filter({ hasText: TITLES.bochkov })).toContainText('South China Morning Post');

  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('library-row').filter({ hasText: TITLES.bochkov })).toContainText('South China Morning Post');
});

test('reading makes no request beyond the local server', async ({ page, app }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(app.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await openApp(page, app);
  const rows = page.getByTestId('library-row');
  for (let i = 0; i < 5; i++) await rows.nth(i).click();
  await page.getByTestId('search-input').fill('Putin');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  expect(foreign).toEqual([]);
});
