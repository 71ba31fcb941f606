// Re-cleaning in a real browser: an article stored by an older cleaner (a banner, a photo credit
// and an ad line left in its text) is highlighted with the mouse, then re-cleaned from its
// original with the column's button. The highlights still mark the same words, the anchoring
// panel says which re-attached exactly, approximately or not at all, and the orphan is repaired
// by selecting its new passage.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import BetterSqlite3 from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { blocksToText } from '../../shared/text';
import type { Block } from '../../shared/domain';
import { callApi, expect, openApp, screenshot, test } from '../fixtures';

const TITLE = 'How Western pressure is pushing China and Russia ever closer';
const CREDIT = 'Photo: Getty Images / Reuters';
const AD = 'Advertisement';


/** Writes the text an older cleaner would have stored, straight into the library file (the original bytes stay). */
function storeOlderCleaning(libraryDir: string, id: number, blocks: Block[]): void {
  const db = new BetterSqlite3(path.join(libraryDir, 'library.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE articles SET blocks_json = ?, body = ? WHERE id = ?').run(JSON.stringify(blocks), blocksToText(blocks), id);
  } finally {
    db.close();
  }
}

/** Selects from the start of one text to the end of another inside a column, with the mouse. */
async function dragOver(page: Page, column: Locator, from: string, to: string) {
  const rect = (text: string, edge: 'start' | 'end') =>
    column.evaluate(
      (el, { text, edge }) => {
        const walker = document.createTreeWalker(el.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          const offset = edge === 'start' ? at : at + text.length;
          range.setStart(node, edge === 'start' ? offset : offset - 1);
          range.setEnd(node, edge === 'start' ? offset + 1 : offset);
          if (edge === 'start') node.parentElement!.scrollIntoView({ block: 'center' });
          const r = range.getBoundingClientRect();
          return { x: edge === 'start' ? r.left + 1 : r.right - 1, y: r.top + r.height / 2 };
        }
        throw new Error(`no text node holds ${text}`);
      },
      { text, edge },
    );
  const a = await rect(from, 'start');
  const b = await rect(to, 'end');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 10 });
  await page.mouse.up();
}

async function seriousViolations(page: Page, only: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).include(only).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function marked(column: Locator, id: string): Promise<string> {
  return (await column.locator(`mark[data-highlight-id="${id}"]`).allTextContents()).join('');
}

test('re-clean from the original: highlights keep their words, the anchoring panel reports and repairs', async ({ page, app }) => {
  await openApp(page, app);
  await expect.poll(async () => (await callApi<unknown[]>(page, 'listArticles', {})).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
  const summary = (await callApi<{ id: number; title: string }[]>(page, 'listArticles', {})).find((a) => a.title === TITLE)!;
  const clean = (await callApi<{ blocks: Block[] }>(page, 'getArticle', { id: summary.id })).blocks;
  const paragraphs = clean.map((b, i) => ({ b, i })).filter(({ b }) => b.type === 'paragraph' && b.text.length > 200);
  const p1 = paragraphs[1]!;
  const p2 = paragraphs[2]!;
  // The older cleaning: a banner, a photo credit before p1, an ad line inside p2.
  const cut = p2.b.text.indexOf(' ', 90);
  const older: Block[] = clean.flatMap((b, i): Block[] => {
    if (i === 0) return [{ type: 'paragraph', text: 'Subscribe for unlimited access' }, b];
    if (i === p1.i) return [{ type: 'paragraph', text: CREDIT }, b];
    if (i === p2.i) return [{ ...b, text: `${b.text.slice(0, cut)} ${AD}${b.text.slice(cut)}`, spans: undefined }];
    return [b];
  });
  storeOlderCleaning(app.libraryDir, summary.id, older);

  await openApp(page, app);
  await page.getByTestId('library-row').filter({ hasText: TITLE }).click();
  const column = page.getByTestId('reader-column');
  await expect(column.getByText(CREDIT)).toBeVisible();

  // Three highlights made with the mouse: one on words that only move, one across the ad line, one on the credit.
  const movedWords = p1.b.text.split(' ').slice(0, 8).join(' ');
  const aroundAd = [p2.b.text.slice(0, cut).split(' ').slice(-6).join(' '), p2.b.text.slice(cut + 1).split(' ').slice(0, 6).join(' ')];
  const highlight = async (from: string, to: string, color: string) => {
    await dragOver(page, column, from, to);
    await page.getByTestId('selection-toolbar').getByTestId(`highlight-color-${color}`).click();
    const marks = column.locator(`mark[data-color="${color}"]`);
    await expect(marks.first()).toBeVisible();
    return (await marks.first().getAttribute('data-highlight-id'))!;
  };
  const moved = await highlight(movedWords.split(' ')[0]!, movedWords, 'green');
  const acrossAd = await highlight(aroundAd[0]!, aroundAd[1]!, 'blue');
  const credit = await highlight(CREDIT, CREDIT, 'pink');
  expect(await marked(column, moved)).toBe(movedWords);
  expect(await marked(column, acrossAd)).toContain(AD);
  expect(await marked(column, credit)).toBe(CREDIT);

  // Re-clean from the column's button: the text is the current cleaner's again.
  await column.getByTestId('reclean-article').click();
  const panel = column.getByTestId('anchoring-panel');
  await expect(panel.getByTestId('anchoring-summary')).toHaveText('3 highlights: 1 re-attached exactly, 1 approximately, 1 not found.');
  await expect(page.getByTestId('info-message').filter({ hasText: 'Re-cleaned from the original' })).toBeVisible();
  await expect(column.getByText(CREDIT, { exact: true })).toHaveCount(1); // only its quote in the panel
  await expect(column.locator('.article-body')).not.toContainText(AD);

  // The highlights still mark the same words.
  expect(await marked(column, moved)).toBe(movedWords);
  const now = await marked(column, acrossAd);
  expect(now.startsWith(aroundAd[0]!)).toBe(true);
  expect(now.endsWith(aroundAd[1]!)).toBe(true);
  expect(now).not.toContain(AD);
  await expect(column.locator(`.article-body mark[data-highlight-id="${credit}"]`)).toHaveCount(0);

  const item = (id: string) => panel.locator(`[data-testid="anchoring-item"][data-highlight-id="${id}"]`);
  await expect(item(acrossAd)).toHaveAttribute('data-status', 'approximate');
  await expect(item(credit)).toHaveAttribute('data-status', 'orphaned');
  await expect(item(credit)).toContainText(CREDIT);
  await screenshot(page, 'reclean-anchoring-panel');
  expect(await seriousViolations(page, '[data-testid="anchoring-panel"]')).toEqual([]);
  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('theme-select').selectOption('dark');
  await page.getByTestId('settings-toggle').click();
  await screenshot(page, 'reclean-anchoring-panel-dark');
  expect(await seriousViolations(page, '[data-testid="anchoring-panel"]')).toEqual([]);
  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('theme-select').selectOption('light');
  await page.getByTestId('settings-toggle').click();

  // Keep the approximate one where it landed; repair the orphan by selecting its new passage.
  await item(acrossAd).getByTestId('anchoring-keep').click();
  await expect(panel.getByTestId('anchoring-summary')).toHaveText('3 highlights: 2 re-attached exactly, 0 approximately, 1 not found.');
  await item(credit).getByTestId('anchoring-repair').click();
  await expect(panel.getByTestId('anchoring-repairing')).toBeVisible();
  const target = clean[p1.i - 1]!.text.split(' ').slice(0, 5).join(' ');
  await dragOver(page, column, target.split(' ')[0]!, target);
  await page.getByTestId('repair-toolbar').getByTestId('attach-highlight').click();
  await expect(panel.getByTestId('anchoring-summary')).toHaveText('3 highlights: 3 re-attached exactly, 0 approximately, 0 not found.');
  await expect.poll(() => marked(column, credit)).toBe(target);
  await screenshot(page, 'reclean-repaired');

  // A reload keeps every highlight where it now is.
  await openApp(page, app);
  await expect(column.getByTestId('article-title')).toHaveText(TITLE);
  await expect.poll(() => marked(column, moved)).toBe(movedWords);
  expect(await marked(column, acrossAd)).toBe(now);
  expect(await marked(column, credit)).toBe(target);

  // The palette offers the same: re-clean again, nothing moves now.
  await page.keyboard.press('Control+k');
  await page.getByTestId('command-palette').locator('input').fill('re-clean');
  await page.keyboard.press('Enter');
  await expect(column.getByTestId('anchoring-summary')).toHaveText('3 highlights: 3 re-attached exactly, 0 approximately, 0 not found.');
});
