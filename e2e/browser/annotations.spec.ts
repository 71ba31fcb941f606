// Highlights and notes in a real browser: select with the mouse across two paragraphs, note,
// recolour, reload, delete and undo; then the same page in the light and dark themes.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { callApi, expect, openApp, screenshot, test } from '../fixtures';

const TITLE = 'How Western pressure is pushing China and Russia ever closer';
const NOTE = 'Compare with the Spiegel piece: who calls it an alliance?';

/** Screen rectangle of the n-th word of an element's text. */
async function wordRect(element: Locator, n: number) {
  return element.evaluate((el, index) => {
    const text = el.textContent ?? '';
    const words = [...text.matchAll(/\S+/g)];
    const word = words[index]!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let seen = 0;
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent!.length;
      if (word.index! >= seen && word.index! < seen + len) range.setStart(node, word.index! - seen);
      const end = word.index! + word[0].length;
      if (end > seen && end <= seen + len) {
        range.setEnd(node, end - seen);
        break;
      }
      seen += len;
    }
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, y: r.top + r.height / 2, word: word[0] };
  }, n);
}

async function dragSelect(page: Page, from: { left: number; y: number }, to: { right: number; y: number }) {
  await page.mouse.move(from.left + 1, from.y);
  await page.mouse.down();
  await page.mouse.move((from.left + to.right) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.right - 1, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Opens the app once the first-run sample import (which may run in the background) is done. */
async function openWithSamples(page: Page, app: Parameters<typeof openApp>[1]) {
  await openApp(page, app);
  const count = () =>
    page.evaluate(async () => {
      const res = await fetch('/api/listArticles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return ((await res.json()) as { value?: unknown[] }).value?.length ?? 0;
    });
  await expect.poll(count, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
  await openApp(page, app);
}

async function highlightText(page: Page, id: string): Promise<string> {
  const parts = await page.locator(`mark[data-highlight-id="${id}"]`).allTextContents();
  return parts.join('|');
}

async function storedNote(page: Page, articleId: number): Promise<string | null | undefined> {
  return page.evaluate(async (id) => {
    const res = await fetch('/api/listAnnotations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articleId: id }),
    });
    const answer = (await res.json()) as { value?: { highlights: { note: string | null }[] } };
    return answer.value?.highlights[0]?.note;
  }, articleId);
}

test('highlight across two paragraphs with a note and a colour survives a reload; delete can be undone', async ({ page, app }) => {
  await openWithSamples(page, app);
  await page.getByTestId('library-row').filter({ hasText: TITLE }).click();
  const column = page.getByTestId('reader-column');
  const articleId = Number(await column.getAttribute('data-article-id'));
  const paragraphs = column.locator('.article-body p[data-offset]');
  await expect(paragraphs.nth(3)).toBeVisible();

  const first = paragraphs.nth(1);
  const second = paragraphs.nth(2);
  const from = await wordRect(first, 2);
  const to = await wordRect(second, 3);
  await dragSelect(page, from, to);

  const toolbar = page.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await screenshot(page, 'selection-toolbar');
  await toolbar.getByTestId('add-note').click();
  await expect(toolbar).toBeHidden();

  const popover = page.getByTestId('highlight-popover');
  await expect(popover).toBeVisible();
  const id = (await popover.getAttribute('data-highlight-id'))!;
  const marks = column.locator(`mark[data-highlight-id="${id}"]`);
  await expect(marks.first()).toHaveAttribute('data-color', 'yellow');
  // The highlight spans both paragraphs and starts and ends on the dragged words.
  const text = await highlightText(page, id);
  expect(text.startsWith(from.word)).toBe(true);
  expect(text.endsWith(to.word)).toBe(true);
  expect(await first.locator(`mark[data-highlight-id="${id}"]`).count()).toBeGreaterThan(0);
  expect(await second.locator(`mark[data-highlight-id="${id}"]`).count()).toBeGreaterThan(0);

  const editor = popover.getByTestId('note-editor');
  await expect(editor).toBeFocused();
  await editor.fill(NOTE);
  await popover.getByTestId('highlight-color-blue').click();
  await expect(marks.first()).toHaveAttribute('data-color', 'blue');
  await screenshot(page, 'highlight-popover');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect.poll(() => storedNote(page, articleId)).toBe(NOTE);

  // Reload: the open column comes back, and with it the highlight, its colour and its note.
  await openApp(page, app);
  await expect(column.getByTestId('article-title')).toHaveText(TITLE);
  await expect(marks.first()).toHaveAttribute('data-color', 'blue');
  expect(await highlightText(page, id)).toBe(text);
  await marks.first().click();
  await expect(popover.getByTestId('note-editor')).toHaveValue(NOTE);

  // Delete, then undo from the notice.
  await popover.getByTestId('delete-highlight').click();
  await expect(column.getByTestId('highlight')).toHaveCount(0);
  await screenshot(page, 'highlight-deleted-undo');
  await page.getByTestId('notice-action').filter({ hasText: 'Undo' }).click();
  const restored = column.getByTestId('highlight');
  await expect(restored.first()).toHaveAttribute('data-color', 'blue');
  const restoredId = (await restored.first().getAttribute('data-highlight-id'))!;
  expect(await highlightText(page, restoredId)).toBe(text);
  await restored.first().click();
  await expect(popover.getByTestId('note-editor')).toHaveValue(NOTE);
  await page.keyboard.press('Escape');

  // The notes pane lists it with its note; a click brings the passage into view.
  await column.getByTestId('notes-toggle').click();
  const pane = column.getByTestId('notes-pane');
  await expect(pane.getByTestId('notes-item')).toHaveCount(1);
  await expect(pane.getByTestId('notes-item')).toContainText(NOTE);
  await screenshot(page, 'notes-pane');

  // Markdown export: front matter with the title, the passage as a block quote over both paragraphs, then its note.
  const [download] = await Promise.all([page.waitForEvent('download'), pane.getByTestId('download-markdown').click()]);
  expect(download.suggestedFilename()).toBe(`${TITLE}.md`);
  const markdown = fs.readFileSync((await download.path())!, 'utf8');
  expect(markdown.startsWith(`---\ntitle: "${TITLE}"\n`)).toBe(true);
  expect(markdown).toContain(`# ${TITLE}\n`);
  expect(markdown).toContain('## Highlights');
  const blockQuote = markdown.split('## Highlights\n\n')[1]!.split(`\n\n${NOTE}`)[0]!;
  expect(blockQuote.startsWith(`> ${from.word}`)).toBe(true);
  expect(blockQuote.endsWith(to.word)).toBe(true);
  expect(blockQuote).toContain('\n>\n> '); // two paragraphs, one quote
  expect(markdown).toContain(`\n\n${NOTE}\n`);
});

test('highlights in the light and dark themes', async ({ page, app }) => {
  await openWithSamples(page, app);
  await page.getByTestId('library-row').filter({ hasText: TITLE }).click();
  const column = page.getByTestId('reader-column');
  const paragraphs = column.locator('.article-body p[data-offset]');
  await expect(paragraphs.nth(4)).toBeVisible();

  const colours = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  for (const [i, colour] of colours.entries()) {
    const p = paragraphs.nth(i + 1);
    await p.scrollIntoViewIfNeeded();
    await dragSelect(page, await wordRect(p, 1), await wordRect(p, 6));
    await page.getByTestId('selection-toolbar').getByTestId(`highlight-color-${colour}`).click();
    await expect(column.locator(`mark[data-color="${colour}"]`).first()).toBeVisible();
  }
  await column.locator('.column-scroll').evaluate((el) => el.scrollTo(0, 380));
  await column.getByTestId('notes-toggle').click();
  await column.getByTestId('article-note-editor').fill('## Angle\n\nPressure from the West as the **driver**.');

  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('theme-select').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('settings-toggle').click();
  await screenshot(page, 'highlights-light');

  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'settings-dark');
  await page.getByTestId('settings-toggle').click();
  await screenshot(page, 'highlights-dark');

  await page.getByTestId('settings-toggle').click();
  await page.getByTestId('theme-select').selectOption('sepia');
  await page.getByTestId('settings-toggle').click();
  await screenshot(page, 'highlights-sepia');

  // The theme is remembered across a reload.
  await openApp(page, app);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
});


test('a note made in one article of a story appears, marked, beside the same statement in another, and opens its source', async ({ page, app }) => {
  await openWithSamples(page, app);
  const articles = await callApi<{ id: number; title: string }[]>(page, 'listArticles', {});
  const source = articles.find((a) => a.title.startsWith('Xi Jinping & Vladimir Putin'))!;
  const reader = articles.find((a) => a.title === TITLE)!;
  // Both count the leaders' 37th meeting; a person puts them in one story and names the outlet.
  const stories = await callApi<{ id: number }[]>(page, 'listStories', {});
  const storyOf = async (id: number) => {
    for (const s of stories) {
      const story = await callApi<{ articles: { id: number }[] }>(page, 'getStory', { id: s.id });
      if (story.articles.some((a) => a.id === id)) return s.id;
    }
    throw new Error(`no story holds ${id}`);
  };
  await callApi(page, 'mergeStories', { into: await storyOf(source.id), from: [await storyOf(reader.id)] });
  await callApi(page, 'updateMetadata', { id: source.id, patch: { outlet: 'Deutsche Welle' } });
  const text = (await callApi<{ blocks: { text: string }[] }>(page, 'getArticle', { id: source.id })).blocks.map((b) => b.text).join('\n\n');
  const sentence = text.match(/The video conference signalled the 37th time[^.]*\./)![0];
  const start = text.indexOf(sentence);
  const noted = await callApi<{ id: number }>(page, 'createHighlight', {
    articleId: source.id,
    start,
    end: start + sentence.length,
    color: 'green',
    note: 'DW counts 37 meetings since 2013 — check the count.',
  });

  await page.getByTestId('library-row').filter({ hasText: TITLE }).click();
  const column = page.locator(`[data-testid="reader-column"][data-article-id="${reader.id}"]`);
  const card = column.getByTestId('story-note');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Note from Deutsche Welle');
  await expect(card).toContainText('DW counts 37 meetings since 2013');
  await expect(card).toContainText('37th meeting');
  // It sits right after the paragraph that carries the statement, outside the article's text offsets.
  const before = await card.evaluate((el) => el.parentElement!.previousElementSibling?.textContent ?? '');
  expect(before).toContain('37th meeting');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'story-note');
  for (const theme of ['dark', 'light'] as const) {
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).include('.story-notes').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('theme-select').selectOption(theme);
    await page.getByTestId('settings-toggle').click();
    if (theme === 'dark') await screenshot(page, 'story-note-dark');
  }

  // Opening the source beside keeps the first column where the reader was: the column narrows and
  // its text re-flows taller, but the card stays where it was on screen (not just the same scrollTop).
  const firstScroll = column.locator('.column-scroll');
  const cardTop = () => card.evaluate((el) => el.getBoundingClientRect().top - el.closest('.column-scroll')!.getBoundingClientRect().top);
  const cardWasAt = await cardTop();
  expect(await firstScroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await card.getByTestId('story-note-open').click();
  const opened = page.locator(`[data-testid="reader-column"][data-article-id="${source.id}"]`);
  await expect(opened).toBeVisible();
  const focused = opened.locator(`mark[data-highlight-id="${noted.id}"][data-notes-focus]`).first();
  await expect(focused).toBeInViewport({ timeout: 10_000 });
  await expect(card).toBeInViewport();
  expect(Math.abs((await cardTop()) - cardWasAt)).toBeLessThanOrEqual(4);
  await expect(opened.getByTestId('story-note')).toHaveCount(0); // its own note is not repeated as one from elsewhere
  await screenshot(page, 'story-note-source');

  // Editing the note in the source column updates it beside the statement in the other column.
  await focused.click();
  const popover = page.getByTestId('highlight-popover');
  await popover.getByTestId('note-editor').fill('Recounted: 38 meetings per Xinhua.');
  await page.keyboard.press('Escape');
  await expect(column.getByTestId('story-note')).toContainText('Recounted: 38 meetings per Xinhua.');
});
