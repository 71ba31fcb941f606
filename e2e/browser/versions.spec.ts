// Versions in a real browser: an article is imported, highlighted, and a changed copy of it (a
// figure changed, a paragraph removed) is dropped on the window. The article shows the new text
// with the highlight still on its words, and "2 versions" in its header opens what changed.
import { callApi, expect, openApp, screenshot, test } from '../fixtures';

const TITLE = 'Council approves water plant';
const PARAGRAPHS = [
  'The regional council approved the new water treatment plant on Tuesday after a debate that lasted most of the afternoon and drew a large crowd.',
  'The plant will cost 48 million euros and should serve about 120,000 residents in the valley once it opens, officials said in a statement.',
  'Opponents argued that the site chosen by the council sits too close to the river and would flood every few years without costly defences.',
  'Several members of the opposition walked out before the final vote, saying the council had ignored the findings of an independent report.',
  'Construction is expected to begin next spring and to take about three years, according to the engineering firm that won the contract.',
];
const EDITED = [PARAGRAPHS[0]!, PARAGRAPHS[1]!.replace('48 million', '61 million'), PARAGRAPHS[2]!, PARAGRAPHS[4]!];

function html(paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${TITLE}</title><link rel="canonical" href="https://valley-courier.example/news/water-plant">
    <meta property="og:site_name" content="Valley Courier"></head>
    <body><article><h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}


test('a changed copy dropped again keeps both versions; "2 versions" shows the changed figure and the removed paragraph', async ({ page, app }) => {
  await openApp(page, app);
  const first = await callApi<{ results: { id?: number }[] }>(page, 'importUploads', {
    files: [{ name: 'water-plant.html', dataBase64: Buffer.from(html(PARAGRAPHS)).toString('base64') }],
  });
  const id = first.results[0]!.id!;
  const text = PARAGRAPHS.join('\n\n');
  const at = text.indexOf('Construction is expected');
  await callApi(page, 'createHighlight', { articleId: id, start: at, end: at + 'Construction is expected to begin next spring'.length, color: 'green' });

  // The changed copy, dropped on the window like any file.
  const drop = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'water-plant (updated).html', { type: 'text/html' }));
    return dt;
  }, html(EDITED));
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: drop });
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 20_000 });
  expect((await callApi<unknown[]>(page, 'listArticles', {})).filter((a) => (a as { title: string }).title === TITLE)).toHaveLength(1);

  await openApp(page, app);
  await page.getByTestId('library-row').filter({ hasText: TITLE }).click();
  const column = page.getByTestId('reader-column');
  await expect(column.locator('.article-body')).toContainText('61 million euros');
  await expect(column.locator('.article-body')).not.toContainText('Several members of the opposition');
  await expect(column.locator('mark[data-color="green"]').first()).toContainText('Construction is expected');

  const button = column.getByTestId('article-versions');
  await expect(button).toHaveText('2 versions');
  await screenshot(page, 'versions-header');
  await button.click();
  const dialog = page.getByTestId('versions-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('versions-stats')).toContainText('1 paragraph changed, 1 removed');
  const diff = dialog.getByTestId('versions-diff');
  await expect(diff.locator('[data-op="changed"] del')).toHaveText('48');
  await expect(diff.locator('[data-op="changed"] ins')).toHaveText('61');
  await expect(diff.locator('[data-op="removed"] del')).toHaveText(PARAGRAPHS[3]!);
  await screenshot(page, 'versions-diff');

  // The other direction, from the pickers; Escape closes and the header stays.
  await dialog.getByLabel('Compare from version').selectOption('2');
  await dialog.getByLabel('Compare to version').selectOption('1');
  await expect(diff.locator('[data-op="added"] ins')).toHaveText(PARAGRAPHS[3]!);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeVisible();
});
