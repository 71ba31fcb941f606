// Search in a real browser: highlighted snippets, spelling corrections, filter chips, opening a
// hit at its match, find in a column, and saved searches. Each test has its own library.
import { expect, openApp, screenshot, test } from '../fixtures';

const SOMMER_TITLE = 'Opportunistic Bedfellows';

test('a query shows highlighted snippets; a typo is corrected and said so', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByTestId('search-input').fill('Olympics');
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator('.hit-snippet mark').first()).toBeVisible();

  await page.getByTestId('search-input').fill('Kremiln');
  await expect(page.getByTestId('search-correction')).toContainText(/Showing results for "kremlin"/i);
  await expect(hits.first()).toBeVisible();
});

test('a filter chip narrows the results and stays in the query text', async ({ page, app }) => {
  await openApp(page, app);
  const input = page.getByTestId('search-input');
  await input.fill('Putin');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(5);
  await page.getByTestId('filter-author').selectOption({ label: 'Theo Sommer (1)' });
  await expect(input).toHaveValue('Putin author:"Theo Sommer"');
  await expect(page.getByTestId('filter-chip')).toContainText('Theo Sommer');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText(SOMMER_TITLE);

  await page.getByTestId('filter-chip').click();
  await expect(input).toHaveValue('Putin');
  await expect(hits).toHaveCount(5);
});

test('suggestions: arrow keys and Enter pick a person as an author filter', async ({ page, app }) => {
  await openApp(page, app);
  const input = page.getByTestId('search-input');
  await input.fill('somm');
  const option = page.getByTestId('suggestion').filter({ hasText: 'Theo Sommer' });
  await expect(option).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByTestId('suggestion');
  const index = (await options.allInnerTexts()).findIndex((t) => t.includes('Theo Sommer') && /author/i.test(t));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  await input.press('Enter');
  await expect(input).toHaveValue('author:"Theo Sommer"');
  await expect(page.getByTestId('suggestions')).toBeHidden();
});

test('a hit opens at its first match, with every match painted and next/previous', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByTestId('search-input').fill('Putin');
  await page.getByTestId('search-hit').filter({ hasText: SOMMER_TITLE }).click();
  const column = page.getByTestId('reader-column');
  const count = column.getByTestId('find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.innerText()).split(' of ')[1]);
  expect(total).toBeGreaterThan(1);
  const painted = await page.evaluate(() => {
    // TypeScript's DOM types omit the registry's Map methods.
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    return {
      all: registry.get('parallax-find')?.size ?? 0,
      current: [...(registry.get('parallax-find-current') ?? [])].map((r) => String(r)),
    };
  });
  expect(painted.all).toBe(total);
  expect(painted.current).toEqual(['Putin']);
  await column.getByTestId('find-next').click();
  await expect(count).toHaveText(`2 of ${total}`);
  await column.getByTestId('find-previous').click();
  await column.getByTestId('find-previous').click();
  await expect(count).toHaveText(`${total} of ${total}`);
  await screenshot(page, 'search-open-at-match');
});

test('Ctrl+F finds a word in the active column; Enter moves, Esc closes', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByTestId('library-row').filter({ hasText: SOMMER_TITLE }).click();
  const column = page.getByTestId('reader-column');
  await expect(column.getByTestId('article-body')).toBeVisible();
  await column.getByTestId('article-body').click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = column.getByTestId('find-input');
  await expect(find).toBeFocused();
  await find.fill('putin');
  await expect(column.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  await find.press('Enter');
  await expect(column.getByTestId('find-count')).toHaveText(/^2 of \d+$/);
  await find.press('Shift+Enter');
  await expect(column.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  await find.fill('zzzqqq');
  await expect(column.getByTestId('find-count')).toHaveText('No matches');
  await find.press('Escape');
  await expect(column.getByTestId('find-bar')).toBeHidden();
  expect(await page.evaluate(() => (CSS.highlights as unknown as Map<string, unknown>).has('parallax-find'))).toBe(false);
});

test('a saved search appears in the sidebar with its count, runs, and is deleted after asking', async ({ page, app }) => {
  await openApp(page, app);
  const input = page.getByTestId('search-input');
  await input.fill('Olympics');
  await expect(page.getByTestId('search-hit')).toHaveCount(3);
  await page.getByTestId('save-search').click();
  await page.getByTestId('save-search-name').fill('Winter Games');
  await page.getByTestId('save-search-confirm').click();
  const saved = page.getByTestId('saved-search');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('Winter Games');
  await expect(saved.getByTestId('saved-search-count')).toHaveText('3');

  await input.fill('');
  await expect(page.getByTestId('library-row')).toHaveCount(5);
  await screenshot(page, 'saved-searches');
  await saved.getByRole('button', { name: /^Winter Games/ }).click();
  await expect(input).toHaveValue('Olympics');
  await expect(page.getByTestId('search-hit')).toHaveCount(3);

  await saved.hover();
  await saved.getByTestId('saved-search-delete').click();
  await saved.getByTestId('saved-search-confirm-delete').click();
  await expect(saved).toHaveCount(0);
});

test('a note of mine is found by search, in the one list, and says where it matched', async ({ page, app }) => {
  await openApp(page, app);
  const hits = page.getByTestId('search-hit');
  await page.getByTestId('search-input').fill('Putin');
  await expect(hits).toHaveCount(5);
  // A word no article contains, written in a note on Theo Sommer's article.
  const sommerId = Number(await hits.filter({ hasText: SOMMER_TITLE }).getAttribute('data-article-id'));
  await page.evaluate(async (articleId) => {
    const res = await fetch('/api/saveArticleNote', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articleId, body: 'Bedfellows of convenience: a marmalade of interests.' }),
    });
    if (!res.ok) throw new Error(`saveArticleNote: ${res.status}`);
  }, sommerId);
  await page.getByTestId('search-input').fill('marmalade');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText(SOMMER_TITLE);
  await expect(hits.first().getByTestId('hit-matched')).toContainText('matched in your notes');
  await page.getByTestId('search-input').fill('Putin bedfellows');
  await expect(hits.first()).toContainText(SOMMER_TITLE);
  await expect(hits.first().getByTestId('hit-matched')).toContainText(/matched in title, text/);
  await screenshot(page, 'search-matched-in');
});
