// The Notes view and the library's files in a real browser: highlights with tags in two articles
// (set up through the API), filtered by tag, colour and outlet; a click lands on the passage;
// JSON-LD export and a library backup download; then a backup restored through the UI into an
// empty library and into a full one, and damaged or foreign files refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi, expect, openApp, screenshot, serveLibrary, test, type ServedApp } from '../fixtures';

interface ArticleInfo {
  id: number;
  title: string | null;
  outlet: string | null;
  blocks: { type: string; text: string }[];
}


/** Offsets of the first sentence-sized stretch of the n-th paragraph in the canonical text. */
function passage(article: ArticleInfo, paragraph: number): { start: number; end: number; text: string } {
  let offset = 0;
  let seen = 0;
  for (const block of article.blocks) {
    if (block.type === 'paragraph' && block.text.length > 80 && seen++ === paragraph) {
      const cut = block.text.indexOf(' ', 60);
      return { start: offset, end: offset + cut, text: block.text.slice(0, cut) };
    }
    offset += block.text.length + 2;
  }
  throw new Error(`article ${article.id} has no paragraph ${paragraph}`);
}

async function openWithSamples(page: Page, app: ServedApp) {
  await openApp(page, app);
  await expect.poll(async () => (await callApi<unknown[]>(page, 'listArticles', {})).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
  await openApp(page, app);
}

test('Notes view: filter by tag, colour and outlet, open a passage, export JSON-LD, back up the library', async ({ page, app }) => {
  await openWithSamples(page, app);
  const summaries = await callApi<{ id: number; outlet: string | null }[]>(page, 'listArticles', {});
  const withOutlet = summaries.filter((s) => s.outlet);
  const [a, b] = await Promise.all(
    [withOutlet[0] ?? summaries[0]!, withOutlet.find((s) => s.outlet !== withOutlet[0]?.outlet) ?? summaries[1]!].map((s) =>
      callApi<ArticleInfo>(page, 'getArticle', { id: s.id }),
    ),
  );
  const a1 = passage(a!, 0);
  const a2 = passage(a!, 2);
  const b1 = passage(b!, 1);
  const b2 = passage(b!, 3);
  await callApi(page, 'createHighlight', { articleId: a!.id, start: a1.start, end: a1.end, color: 'pink', tags: ['alliance'], note: 'Key claim #sanctions' });
  await callApi(page, 'createHighlight', { articleId: a!.id, start: a2.start, end: a2.end, color: 'yellow' });
  const target = await callApi<{ id: number }>(page, 'createHighlight', {
    articleId: b!.id,
    start: b1.start,
    end: b1.end,
    color: 'pink',
    note: 'Frames it differently. #alliance',
  });
  await callApi(page, 'createHighlight', { articleId: b!.id, start: b2.start, end: b2.end, color: 'green', tags: ['economy'] });
  await callApi(page, 'saveArticleNote', { articleId: b!.id, body: 'Read next to the other piece. #alliance' });

  await page.getByTestId('notes-view-toggle').click();
  const view = page.getByTestId('notes-view');
  await expect(view).toBeVisible();
  const entries = view.getByTestId('notes-entry');
  await expect(entries).toHaveCount(5);
  await expect(view.locator('[data-kind="highlight"][data-color="pink"]').first().getByTestId('tag-chip').first()).toBeVisible();

  // A tag chip filters by its tag: explicit tags and #tags in notes alike.
  await view.locator('[data-kind="highlight"] [data-testid="tag-chip"][data-tag="alliance"]').first().click();
  await expect(page.getByTestId('notes-filter-tag')).toHaveValue('alliance');
  await expect(entries).toHaveCount(3);
  await page.getByTestId('notes-filter-color-pink').click();
  await expect(entries).toHaveCount(2);
  const quotes = await entries.locator('.notes-card-quote').allInnerTexts();
  expect(quotes.some((t) => t.includes(a1.text.slice(0, 30)))).toBe(true);
  expect(quotes.some((t) => t.includes(b1.text.slice(0, 30)))).toBe(true);
  await screenshot(page, 'notes-view-filtered');

  await page.getByTestId('notes-clear-filters').click();
  await expect(entries).toHaveCount(5);
  await page.getByTestId('notes-filter-color-green').click();
  await expect(entries).toHaveCount(1);
  await page.getByTestId('notes-clear-filters').click();
  if (b!.outlet) {
    await page.getByTestId('notes-filter-outlet').selectOption(b!.outlet);
    await expect(entries).toHaveCount(3);
    await page.getByTestId('notes-clear-filters').click();
  }
  await page.getByTestId('notes-search').fill('differently');
  await expect(entries).toHaveCount(1);
  await page.getByTestId('notes-clear-filters').click();
  await expect(entries).toHaveCount(5);
  await screenshot(page, 'notes-view');

  // JSON-LD export: every highlight and note, with tags and colours.
  const [jsonld] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-jsonld').click()]);
  expect(jsonld.suggestedFilename()).toMatch(/\.jsonld$/);
  const doc = JSON.parse(fs.readFileSync((await jsonld.path())!, 'utf8'));
  expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const items = doc.first.items as { type: string; target: unknown; body: { purpose: string; value: string }[] }[];
  expect(items.filter((i) => typeof i.target === 'object' && 'selector' in (i.target as object))).toHaveLength(4);
  expect(items.flatMap((i) => i.body.filter((x) => x.purpose === 'tagging').map((x) => x.value)).sort()).toEqual(['alliance', 'economy']);

  // Library backup: a download of the whole library as an SQLite file.
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-library').click()]);
  expect(backup.suggestedFilename()).toMatch(/\.parallax-backup$/);
  expect(fs.readFileSync((await backup.path())!).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

  // A click on an item opens its article in a column, scrolled to the passage and flashed.
  await view.locator(`[data-highlight-id="${target.id}"] .notes-card-open`).click();
  await expect(page.getByTestId('notes-view')).toBeHidden();
  const column = page.locator(`[data-testid="reader-column"][data-article-id="${b!.id}"]`);
  await expect(column).toBeVisible();
  const focused = column.locator(`mark[data-highlight-id="${target.id}"][data-notes-focus]`).first();
  await expect(focused).toBeInViewport({ timeout: 10_000 });
  await expect(focused).toHaveClass(/is-flashing/);
  await screenshot(page, 'notes-view-landed');
});

test('backup and restore round trip: into an empty library at once, into a full one after confirmation; damaged and foreign files refused', async ({ page, app }) => {
  await openWithSamples(page, app);
  const [first] = await callApi<{ id: number }[]>(page, 'listArticles', {});
  const article = await callApi<ArticleInfo>(page, 'getArticle', { id: first!.id });
  const p = passage(article, 1);
  await callApi(page, 'createHighlight', { articleId: article.id, start: p.start, end: p.end, color: 'purple', note: 'Kept through a restore #backup' });
  await callApi(page, 'saveArticleNote', { articleId: article.id, body: 'Whole-article note.' });
  const before = await callApi<unknown>(page, 'listAllAnnotations', {});

  await page.getByTestId('notes-view-toggle').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-library').click()]);
  const backupFile = (await download.path())!;
  const bytes = fs.readFileSync(backupFile);
  const dir = path.dirname(backupFile);
  const damaged = path.join(dir, 'damaged.parallax-backup');
  fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 3)));
  const foreign = path.join(dir, 'notes.txt');
  fs.writeFileSync(foreign, 'Just some notes, not a backup.');

  // A second, empty library (no sample articles): the backup goes straight in.
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-empty-'));
  const empty = await serveLibrary(emptyDir, ['--no-sample']);
  try {
    await openApp(page, empty);
    await page.getByTestId('notes-view-toggle').click();
    const dialog = page.getByTestId('restore-dialog');
    for (const [file, reason] of [
      [foreign, /not a Parallax backup/],
      [damaged, /damaged backup|not a Parallax backup/],
    ] as const) {
      await page.getByTestId('restore-file').setInputFiles(file);
      await expect(dialog).toHaveAttribute('data-step', 'failed');
      await expect(dialog.getByTestId('restore-error')).toHaveText(reason);
      await expect(dialog).toContainText('Your library was not changed.');
      if (file === damaged) await screenshot(page, 'restore-damaged');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
    }
    expect(await callApi<unknown[]>(page, 'listArticles', {})).toHaveLength(0);

    await page.getByTestId('restore-file').setInputFiles(backupFile);
    await expect(dialog).toHaveAttribute('data-step', 'done');
    await expect(dialog.getByTestId('restore-result')).toContainText('Restored 5 articles, 1 highlight and 2 notes');
    await expect(dialog.getByTestId('restore-previous')).toHaveCount(0);
    await screenshot(page, 'restore-done');
    await dialog.getByTestId('restore-open').click();
    await expect(page.getByTestId('library-row')).toHaveCount(5);
    expect(await callApi<unknown>(page, 'listAllAnnotations', {})).toEqual(before);
    await page.getByTestId('notes-view-toggle').click();
    await expect(page.getByTestId('notes-entry').filter({ hasText: 'Kept through a restore' })).toHaveCount(1);
  } finally {
    empty.process.kill('SIGTERM');
    await new Promise((r) => empty.process.once('exit', r));
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }

  // Back in the first library, which holds data: restoring asks first, and keeps the library it replaces.
  await openApp(page, app);
  await callApi(page, 'createHighlight', { articleId: article.id, start: 0, end: 12, color: 'yellow', note: 'made after the backup' });
  await page.getByTestId('notes-view-toggle').click();
  await page.getByTestId('restore-file').setInputFiles(backupFile);
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toHaveAttribute('data-step', 'confirm');
  await expect(dialog).toContainText('This library holds 5 articles');
  await expect(dialog.getByTestId('restore-confirm')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused(); // focus stays in the modal
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).include('[data-testid="restore-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await screenshot(page, 'restore-confirm');
  await dialog.getByTestId('restore-confirm').click();
  await expect(dialog).toHaveAttribute('data-step', 'done');
  const kept = (await dialog.getByTestId('restore-previous').textContent())!.match(/saved as (.+\.parallax-backup)\.$/)![1]!;
  expect(kept.startsWith(path.join(app.libraryDir, 'backups'))).toBe(true);
  expect(fs.readFileSync(kept).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  await dialog.getByTestId('restore-open').click();
  expect(await callApi<unknown>(page, 'listAllAnnotations', {})).toEqual(before);
});
