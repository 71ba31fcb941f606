// Reading polish in a real browser: the command palette, moving between columns by keyboard,
// resizing columns by dragging their border, linked scrolling, and reading progress that
// survives a reload; and a 10,000-article library list that only draws what is in view.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startCore } from '../../electron/core';
import { insertPlainArticle } from '../../electron/core/stories/fixtures/insert-articles';
import { expect, openApp, screenshot, serveLibrary, test } from '../fixtures';

const TITLES = {
  bochkov: 'How Western pressure is pushing China and Russia ever closer',
  hug: 'Xi Jinping hugs Vladimir Putin in defiance of the West',
};

/** Opens the app once the first-run sample import (which may run in the background) is done. */
async function openWithSamples(page: Page, app: Parameters<typeof openApp>[1]) {
  await openApp(page, app);
  await expect(page.getByTestId('library-row')).toHaveCount(5, { timeout: 20_000 });
}

async function openTwo(page: Page) {
  await page.getByTestId('library-row').filter({ hasText: TITLES.bochkov }).click();
  await page.getByTestId('library-row').filter({ hasText: TITLES.hug }).click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('reader-column')).toHaveCount(2);
  await expect(page.getByTestId('reader-column').nth(1).getByTestId('article-title')).toHaveText(TITLES.hug);
}

const columnWidth = (page: Page, n: number) =>
  page.getByTestId('reader-column').nth(n).evaluate((el) => el.getBoundingClientRect().width);

test('Ctrl+K opens the command palette, which filters fuzzily and runs an action with Enter', async ({ page, app }) => {
  await openWithSamples(page, app);
  await openTwo(page);
  await page.getByTestId('reader-column').nth(0).locator('.column-scroll').focus();
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await expect(palette.getByRole('option').first()).toBeVisible();
  // Every action shows its shortcut.
  await expect(palette.getByRole('option', { name: /Go to the column on the right/ })).toContainText('Alt');
  await page.keyboard.type('thm drk');
  await expect(palette.getByRole('option').first()).toContainText('Theme: dark');
  await screenshot(page, 'command-palette');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Esc closes it and gives focus back; "/" now goes to search, Ctrl+K no longer does.
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('reader-column').nth(0).locator('.column-scroll')).toBeFocused();
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
});

test('the keyboard opens an article beside and moves between and closes columns', async ({ page, app }) => {
  await openWithSamples(page, app);
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: TITLES.bochkov }).click();
  await expect(page.getByTestId('reader-column')).toHaveCount(1);
  // Ctrl+Enter on a focused row opens it beside.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.articleId);
  await page.keyboard.press('ControlOrMeta+Enter');
  const columns = page.getByTestId('reader-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(1)).toHaveAttribute('data-article-id', second!);
  await expect(columns.nth(1)).toHaveAttribute('data-active', 'true');
  await expect(columns.nth(1)).toHaveAttribute('role', 'region');
  await expect(columns.nth(1)).toHaveAccessibleName(/^Column 2 of 2: /);

  await page.keyboard.press('ControlOrMeta+Alt+ArrowLeft');
  await expect(columns.nth(0)).toHaveAttribute('data-active', 'true');
  await expect(columns.nth(0).locator('.column-scroll')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+]');
  await expect(columns.nth(1)).toHaveAttribute('data-active', 'true');
  await expect(columns.nth(1).locator('.column-scroll')).toBeFocused();

  // The close command, as Ctrl/⌘+W runs it (the browser keeps Ctrl+W for itself; Electron does not).
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('close active column');
  await page.keyboard.press('Enter');
  await expect(columns).toHaveCount(1);
  await expect(columns.nth(0).locator('.column-scroll')).toBeFocused();
});

test('a column resized by dragging its border keeps its width after a reload; the border works by keyboard too', async ({ page, app }) => {
  await openWithSamples(page, app);
  await openTwo(page);
  const before = await columnWidth(page, 0);
  const separator = page.getByTestId('column-separator');
  await expect(separator).toHaveAttribute('role', 'separator');
  await expect(separator).toHaveAttribute('aria-valuenow', '50');
  const box = (await separator.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x - 120, box.y + 200, { steps: 8 });
  await page.mouse.up();
  const after = await columnWidth(page, 0);
  expect(after).toBeLessThan(before - 100);
  await expect(separator).not.toHaveAttribute('aria-valuenow', '50');
  await screenshot(page, 'resized-columns');

  await page.reload();
  await expect(page.getByTestId('reader-column')).toHaveCount(2);
  await expect.poll(() => columnWidth(page, 0)).toBeCloseTo(after, 0);

  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => columnWidth(page, 0)).toBeGreaterThan(after + 20);
  await page.keyboard.press('Enter');
  await expect(separator).toHaveAttribute('aria-valuenow', '50');
});

test('linked scrolling moves the other column to the same point of its article', async ({ page, app }) => {
  await openWithSamples(page, app);
  await openTwo(page);
  const toggle = page.getByTestId('reader-column').nth(0).getByTestId('linked-scroll-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const scrollers = page.locator('.reader-column .column-scroll');
  await scrollers.nth(0).evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
  await expect
    .poll(() => scrollers.nth(1).evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight)))
    .toBeCloseTo(0.5, 1);
});

test('reading progress is saved, shown in the library, filterable, and the position comes back after a reload', async ({ page, app }) => {
  await openWithSamples(page, app);
  const row = page.getByTestId('library-row').filter({ hasText: TITLES.bochkov });
  await row.click();
  const scroller = page.getByTestId('reader-column').locator('.column-scroll');
  await expect(page.getByTestId('reader-column').getByTestId('article-title')).toHaveText(TITLES.bochkov);
  await scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.4));
  await expect(row).toHaveAttribute('data-reading-status', 'reading');
  await expect(row.getByTestId('reading-meter')).toBeVisible();

  await page.reload();
  await expect(row).toHaveAttribute('data-reading-status', 'reading');
  await expect
    .poll(() => scroller.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight)))
    .toBeCloseTo(0.4, 1);

  const filter = page.getByTestId('status-filter');
  await filter.getByRole('button', { name: /Reading/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await page.getByTestId('reader-column').getByTestId('mark-done').click();
  await expect(page.getByTestId('library-row')).toHaveCount(0);
  await filter.getByRole('button', { name: /Done/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await expect(page.getByTestId('library-row')).toHaveAttribute('data-reading-status', 'done');
  await filter.getByRole('button', { name: /All/ }).click();
  await expect(page.getByTestId('library-row')).toHaveCount(5);
});

test('a library of 10,000 articles: the list draws only the rows in view and scrolls to the last one at once', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-10k-'));
  // Stored straight into a fresh library (the import pipeline has its own tests and benchmark).
  const core = startCore({ libraryDir: dir, appVersion: 'e2e' });
  core.library.db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const n = String(i).padStart(5, '0');
      insertPlainArticle(core.library.db, {
        title: `Dispatch ${n}`,
        outlet: `Outlet ${i % 40}`,
        publishedAt: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`,
        text: `Dispatch number ${n} reports on the ${i % 7 ? 'pipeline' : 'summit'} talks.\n\nA second paragraph for article ${n}.`,
      });
    }
  })();
  core.close();
  const app = await serveLibrary(dir, ['--no-sample']);
  try {
    await openApp(page, app);
    const list = page.getByTestId('library-list');
    await expect(list).toHaveAttribute('data-row-count', '10000', { timeout: 30_000 });
    await expect(page.getByTestId('library-row').first()).toBeVisible();
    const drawn = await page.getByTestId('library-row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(120);

    // Sort by title and jump to the end: the last article is drawn in the next frames.
    await list.getByRole('button', { name: 'Title' }).click();
    await expect(page.getByTestId('library-row').first()).toContainText('Dispatch 00000');
    const took = await list.locator('.article-table-body').evaluate(async (el) => {
      let scroller: HTMLElement | null = el as HTMLElement;
      while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
      if (!scroller) throw new Error('nothing scrolls');
      const t0 = performance.now();
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    });
    await expect(page.getByTestId('library-row').filter({ hasText: 'Dispatch 09999' })).toBeVisible();
    await expect(page.getByTestId('library-row').filter({ hasText: 'Dispatch 00000' })).toHaveCount(0);
    expect(await page.getByTestId('library-row').count()).toBeLessThan(120);
    expect(took).toBeLessThan(500);
    await screenshot(page, 'library-10k-end');
  } finally {
    app.process.kill('SIGTERM');
    await new Promise((r) => app.process.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
