// Reading polish in a real browser: the command palette, moving between columns by keyboard,
// resizing columns by dragging their border, linked scrolling, and reading progress that
// survives a reload.
import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, test } from '../fixtures';

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
