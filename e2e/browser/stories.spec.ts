// Stories, outlets and reading balance in the real UI: the sample corpus plus two saved pages from
// named outlets, imported by drop. Open a story, merge two, define a label, label outlets and see the
// coverage bar and the blind-spot filter change; the reading balance; axe in light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { samplePage } from '../../electron/core/outlets/fixtures/outlet-pages';
import { expect, openApp, screenshot, test } from '../fixtures';

const PAGES = [
  samplePage({
    sample: '004',
    outlet: 'Daily Planet',
    url: 'https://www.dailyplanet.example/world/xi-putin',
    date: null,
    title: 'Xi and Putin embrace as the West looks on',
    variant: 'Planet desk',
    paragraphs: [0, 14],
  }),
  samplePage({
    sample: '004',
    outlet: 'Evening Star',
    url: 'https://eveningstar.example/xi-putin-hug',
    date: null,
    title: 'A hug in Beijing: Xi and Putin defy Western pressure',
    variant: 'Star desk',
    paragraphs: [8, 22],
  }),
];

/** A near-identical copy of the Evening Star's report under another outlet's name: a reprint. */
const REPRINT = samplePage({
  sample: '004',
  outlet: 'Wire Echo',
  url: 'https://wire-echo.example/world/xi-putin',
  date: null,
  title: 'A hug in Beijing: Xi and Putin defy Western pressure',
  variant: 'Echo desk',
  paragraphs: [8, 22],
});

async function dropPages(page: Page, pages: readonly { name: string; html: string }[]) {
  const drop = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.html], f.name, { type: 'text/html' }));
    return dt;
  }, pages.map((p) => ({ name: p.name, html: p.html })));
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: drop });
}

async function importPages(page: Page) {
  await dropPages(page, PAGES);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Import finished', { timeout: 25_000 });
  await expect(report.locator('.import-summary')).toHaveText('2 imported');
  await report.getByRole('button', { name: /close|dismiss/i }).first().click();
  await expect(page.getByTestId('library-row')).toHaveCount(7);
}

async function expectNoSeriousViolations(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).include('[data-testid="stories-view"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`), view).toEqual([]);
}

const card = (page: Page, text: string) => page.getByTestId('story-card').filter({ has: page.getByTestId('story-outlets').filter({ hasText: text }) });

test('stories: open one, merge two, label outlets and watch the coverage bar and blind spots change', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('parallax.reading-settings', JSON.stringify({ theme: 'light' })));
  await openApp(page, app);
  await expect(page.getByTestId('library-row')).toHaveCount(5, { timeout: 20_000 });
  await importPages(page);

  // Reachable from the header and from the command palette.
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByTestId('command-palette').getByRole('combobox').fill('show stories');
  await page.keyboard.press('Enter');
  const view = page.getByTestId('stories-view');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('stories-view-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('story-card').first()).toBeVisible({ timeout: 20_000 });
  const before = await page.getByTestId('story-card').count();
  expect(before).toBeGreaterThanOrEqual(2);

  // Open the story the Daily Planet covered: its reasons and articles.
  await card(page, 'Daily Planet').getByTestId('story-open').click();
  const detail = page.getByTestId('story-detail');
  await expect(detail.getByTestId('story-reasons')).toContainText('Xi Jinping');
  await expect(detail.getByTestId('story-article').filter({ hasText: 'Xi and Putin embrace as the West looks on' })).toBeVisible();
  await screenshot(page, 'stories-list-light');

  // Merge the Daily Planet's and the Evening Star's stories: one story, two outlets.
  await expect(card(page, 'Evening Star')).toHaveCount(1);
  await expect(card(page, 'Daily Planet')).toHaveCount(1);
  await card(page, 'Daily Planet').getByRole('checkbox').check();
  await card(page, 'Evening Star').getByRole('checkbox').check();
  await page.getByTestId('merge-stories').click();
  await expect(page.getByTestId('story-card')).toHaveCount(before - 1);
  const merged = card(page, 'Daily Planet, Evening Star');
  await expect(merged).toHaveCount(1);
  await expect(detail.getByTestId('story-article')).toHaveCount(3);
  await expect(detail.getByTestId('story-article').filter({ hasText: 'A hug in Beijing' })).toContainText('placed by you');

  // Pin it: the list marks it.
  await detail.getByTestId('story-pin').click();
  await expect(merged.getByTestId('story-pinned')).toBeVisible();

  // Define a label in Outlets; the coverage bar by that label has only an unlabelled segment.
  await page.getByTestId('stories-tab-outlets').click();
  await expect(page.getByTestId('outlet-row')).toHaveCount(2);
  await page.getByTestId('scheme-name').fill('My leaning');
  await page.getByTestId('scheme-values').fill('left, centre, right');
  await page.getByTestId('scheme-add').click();
  await expect(page.getByTestId('label-schemes')).toContainText('left · centre · right');
  await page.getByTestId('stories-tab-stories').click();
  await page.getByTestId('coverage-scheme').selectOption({ label: 'My leaning' });
  const bar = merged.getByTestId('coverage-bar');
  await expect(bar.locator('.coverage-segment')).toHaveCount(1);
  await expect(bar.locator('.coverage-segment[data-value="left"]')).toHaveCount(0);

  // Label the Daily Planet "left": the bar gains a "left" segment.
  await page.getByTestId('stories-tab-outlets').click();
  await page.getByTestId('outlet-row').filter({ hasText: 'Daily Planet' }).click();
  await page.getByTestId('outlet-editor').getByRole('combobox', { name: 'My leaning' }).selectOption('left');
  await expect(page.getByTestId('outlet-row').filter({ hasText: 'Daily Planet' })).toContainText('My leaning: left');
  await screenshot(page, 'stories-outlets-light');
  await page.getByTestId('stories-tab-stories').click();
  await expect(page.getByTestId('coverage-scheme')).toHaveValue(/\d+/);
  await expect(bar.locator('.coverage-segment[data-value="left"]')).toHaveCount(1);
  await expect(bar).toHaveAttribute('aria-label', /left: 1 article.* — Daily Planet/);

  // Evening Star "left" too: the story is a blind spot; "right": it is not.
  await page.getByTestId('stories-tab-outlets').click();
  await page.getByTestId('outlet-row').filter({ hasText: 'Evening Star' }).click();
  await page.getByTestId('outlet-editor').getByRole('combobox', { name: 'My leaning' }).selectOption('left');
  await expect(page.getByTestId('outlet-row').filter({ hasText: 'Evening Star' })).toContainText('My leaning: left');
  await page.getByTestId('stories-tab-stories').click();
  await page.getByTestId('blind-spot-filter').check();
  await expect(page.getByTestId('story-card')).toHaveCount(1);
  await expect(merged).toContainText('Blind spot');
  await page.getByTestId('blind-spot-filter').uncheck();
  await merged.getByTestId('story-open').click();
  await expect(detail.getByTestId('coverage-legend')).toContainText('left: 2 articles');
  await screenshot(page, 'stories-detail-light');
  await expectNoSeriousViolations(page, 'stories (light)');

  // Compare opens the story's articles in columns and the comparison pane on all of them.
  await detail.getByTestId('story-compare').click();
  await expect(view).toBeHidden();
  await expect(page.getByTestId('reader-column')).toHaveCount(3);
  await expect(page.getByTestId('comparison-pane')).toContainText('3 articles');
});

test('reading balance and the Stories view in the dark theme; designed empty states', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('parallax.reading-settings', JSON.stringify({ theme: 'dark' })));
  await openApp(page, app);
  await expect(page.getByTestId('library-row')).toHaveCount(5, { timeout: 20_000 });
  await page.getByTestId('stories-view-toggle').click();
  await page.getByTestId('stories-tab-outlets').click();
  await expect(page.getByTestId('outlets-empty')).toBeVisible();
  await page.getByTestId('stories-tab-balance').click();
  await expect(page.getByTestId('balance-empty')).toBeVisible();
  await page.getByTestId('stories-tab-stories').click();

  await importPages(page);
  // Some reading, a highlight with a note, through the same API the columns use.
  await page.evaluate(async () => {
    const call = async (method: string, body: unknown) => {
      const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return ((await r.json()) as { value: unknown }).value;
    };
    const articles = (await call('listArticles', {})) as { id: number; outlet: string | null }[];
    const planet = articles.find((a) => a.outlet === 'Daily Planet')!;
    const star = articles.find((a) => a.outlet === 'Evening Star')!;
    await call('setReadingStatus', { id: planet.id, status: 'done' });
    await call('setReadingProgress', { id: star.id, fraction: 0.4 });
    await call('setReadingProgress', { id: articles[0]!.id, fraction: 0.3 });
    await call('createHighlight', { articleId: star.id, start: 0, end: 20, color: 'yellow', note: 'Framing of the hug' });
  });
  await page.getByTestId('stories-view-toggle').click();
  await page.getByTestId('stories-view-toggle').click();
  await expect(page.getByTestId('story-card').first()).toBeVisible({ timeout: 20_000 });
  await card(page, 'Daily Planet').getByTestId('story-open').click();
  await expect(page.getByTestId('story-detail').getByTestId('story-reasons')).toBeVisible();
  await screenshot(page, 'stories-detail-dark');
  await expectNoSeriousViolations(page, 'stories (dark)');

  // Split the Daily Planet's article off into a story of its own, then move it back.
  const detail = page.getByTestId('story-detail');
  const count = await page.getByTestId('story-card').count();
  const planetArticle = detail.getByTestId('story-article').filter({ hasText: 'Xi and Putin embrace as the West looks on' });
  const others = await detail.getByTestId('story-article').count();
  expect(others).toBeGreaterThanOrEqual(2);
  await planetArticle.getByRole('checkbox').check();
  await detail.getByTestId('story-split').click();
  await expect(page.getByTestId('story-card')).toHaveCount(count + 1);
  await expect(detail.getByTestId('story-article')).toHaveCount(1);
  await expect(detail.getByTestId('story-article')).toContainText('placed by you');
  const home = await page.getByTestId('story-card').filter({ hasText: 'Xi Jinping hugs Vladimir Putin' }).first().getAttribute('data-story-id');
  await detail.getByTestId('story-article').getByRole('combobox').selectOption(home!);
  await expect(page.getByTestId('story-card')).toHaveCount(count);
  await expect(detail.getByTestId('story-article')).toHaveCount(others);

  await page.getByTestId('stories-tab-balance').click();
  const balance = page.getByTestId('reading-balance');
  await expect(balance.getByTestId('balance-totals')).toContainText('Articles read3');
  await expect(balance.getByTestId('balance-totals')).toContainText('Highlights1');
  await expect(balance.getByTestId('balance-bars').first().getByRole('img')).toHaveAttribute('aria-label', /Evening Star, 1 read, 1 highlights, 1 notes/);
  await screenshot(page, 'reading-balance-dark');
  await expectNoSeriousViolations(page, 'reading balance (dark)');

  await page.getByTestId('stories-tab-outlets').click();
  await expect(page.getByTestId('outlet-row')).toHaveCount(2);
  await screenshot(page, 'stories-outlets-dark');
  await expectNoSeriousViolations(page, 'outlets (dark)');
});

test('stories: reprints counted apart from independent reports, and Open story reads and compares its articles', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('parallax.reading-settings', JSON.stringify({ theme: 'light' })));
  await openApp(page, app);
  await expect(page.getByTestId('library-row')).toHaveCount(5, { timeout: 20_000 });
  await importPages(page);

  // The copy is nearly the same as the Evening Star's report: the import asks, and both are kept.
  await dropPages(page, [REPRINT]);
  const report = page.getByTestId('import-report');
  await report.getByRole('button', { name: 'Keep both' }).click({ timeout: 25_000 });
  await expect(page.getByTestId('library-row')).toHaveCount(8, { timeout: 20_000 });
  await report.getByRole('button', { name: /close|dismiss/i }).first().click();

  await page.getByTestId('stories-view-toggle').click();
  const view = page.getByTestId('stories-view');
  const copied = card(page, 'Evening Star, Wire Echo');
  await expect(copied).toHaveCount(1, { timeout: 20_000 });
  await expect(copied.getByTestId('story-counts')).toHaveText('2 articles · 2 outlets · 1 independent report, 1 reprint');
  // The Daily Planet's part of the sample article is itself a reprint (of the undated, outlet-less sample).
  await expect(card(page, 'Daily Planet').getByTestId('story-counts')).toHaveText(/^2 articles · 1 outlet · 1 independent report, 1 reprint$/);

  // Merge the two stories: four articles from three outlets, two independent reports and two reprints.
  await copied.getByRole('checkbox').check();
  await card(page, 'Daily Planet').getByRole('checkbox').check();
  await page.getByTestId('merge-stories').click();
  const merged = card(page, 'Daily Planet, Evening Star, Wire Echo');
  await expect(merged).toHaveCount(1);
  await expect(merged.getByTestId('story-counts')).toHaveText('4 articles · 3 outlets · 2 independent reports, 2 reprints');

  // Selecting a story shows its detail, each reprint marked with the report it copies.
  await merged.getByTestId('story-open').click();
  const detail = page.getByTestId('story-detail');
  await expect(detail.getByTestId('story-detail-counts')).toHaveText('4 articles · 3 outlets · 2 independent reports, 2 reprints');
  await expect(detail.getByTestId('story-reprint')).toHaveCount(2);
  await expect(detail.getByTestId('story-article').filter({ hasText: 'Wire Echo' }).getByTestId('story-reprint')).toHaveText('Reprint of Evening Star report');
  await expect(detail.getByTestId('story-article').filter({ hasText: 'Daily Planet' }).getByTestId('story-reprint')).toHaveText(/^Reprint of “Xi Jinping/);
  await expect(detail.getByTestId('story-article').filter({ hasText: 'Evening Star · ' }).getByTestId('story-reprint')).toHaveCount(0);
  await expect(view).toBeVisible();
  await detail.getByTestId('story-articles').scrollIntoViewIfNeeded();
  await screenshot(page, 'stories-reprints-light');
  await expectNoSeriousViolations(page, 'stories with reprints (light)');

  // Open story, the primary action on a card: its articles in columns and the comparison pane on all of them.
  await merged.getByTestId('story-read').click();
  await expect(view).toBeHidden();
  await expect(page.getByTestId('reader-column')).toHaveCount(4);
  await expect(page.getByTestId('comparison-pane')).toContainText('4 articles');
  await expect(page.getByTestId('reader-column').getByTestId('article-title')).toHaveCount(4, { timeout: 20_000 });
  await expect(page.getByTestId('comparison-pane').getByRole('status')).toHaveCount(0, { timeout: 20_000 });
  await screenshot(page, 'stories-open-story-light');

  // Back in Stories, double-clicking a story opens it the same way.
  await page.getByTestId('stories-view-toggle').click();
  await merged.getByTestId('story-open').dblclick();
  await expect(view).toBeHidden();
  await expect(page.getByTestId('reader-column')).toHaveCount(4);
  await expect(page.getByTestId('comparison-pane')).toContainText('4 articles');
});
