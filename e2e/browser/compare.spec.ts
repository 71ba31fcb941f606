// The comparison pane in a real browser: three sample articles side by side, compared by the
// real core, each finding linked back to its passages in the columns.
import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, test } from '../fixtures';

const TITLES = {
  timely: 'Xi Jinping & Vladimir Putin – a timely partnership',
  bochkov: 'How Western pressure is pushing China and Russia ever closer',
  sommer: 'Opportunistic Bedfellows',
};

async function openThree(page: Page) {
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: TITLES.timely }).click();
  await rows.filter({ hasText: TITLES.bochkov }).click({ modifiers: ['ControlOrMeta'] });
  await rows.filter({ hasText: TITLES.sommer }).click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('reader-column')).toHaveCount(3);
  for (const column of await page.getByTestId('reader-column').all()) {
    await expect(column.getByTestId('article-body')).toBeVisible();
  }
}

// Scrolls only the pane's own scroller, so the window itself never moves under the screenshot.
async function scrollPaneTo(page: Page, testId: string) {
  await page.getByTestId(testId).evaluate((section) => {
    const scroller = section.closest('.compare-scroll')!;
    scroller.scrollTop += section.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  });
}

test('the compare toggle needs two open articles', async ({ page, app }) => {
  await openApp(page, app);
  const toggle = page.getByTestId('compare-toggle');
  await expect(toggle).toBeDisabled();
  await page.getByTestId('library-row').filter({ hasText: TITLES.timely }).click();
  await expect(toggle).toBeDisabled();
  await page.getByTestId('library-row').filter({ hasText: TITLES.sommer }).click({ modifiers: ['ControlOrMeta'] });
  await expect(toggle).toBeEnabled();
});

test('comparing three articles shows shared claims and the 37th/38th meeting discrepancy, linked to the columns', async ({ page, app }) => {
  await openApp(page, app);
  await openThree(page);
  await page.getByTestId('compare-toggle').click();

  const pane = page.getByTestId('comparison-pane');
  await expect(pane).toBeVisible();
  await expect(pane).toHaveAttribute('role', 'complementary');
  const claims = pane.getByTestId('shared-claim');
  await expect(claims.first()).toBeVisible();
  expect(await claims.count()).toBeGreaterThanOrEqual(1);

  const discrepancy = pane.getByTestId('figure-discrepancy').filter({ hasText: '37th' });
  await expect(discrepancy).toContainText('38th');

  // Sections come in order, each with a heading button that says whether it is open.
  const headings = pane.locator('section > h3 > button');
  await expect(headings).toHaveText([/Coverage/, /Shared claims/, /Only in this source/, /Quotes/, /People, organisations, places/, /Figures/, /Timeline/]);
  for (const h of await headings.all()) await expect(h).toHaveAttribute('aria-expanded', 'true');

  // A shared claim takes each involved column to its wording.
  await claims.first().click();
  const focused = page.locator('[data-testid="reader-column"] [data-compare-focus="true"]');
  await expect.poll(() => focused.count()).toBeGreaterThanOrEqual(2);
  const columnsWithFocus = await page
    .getByTestId('reader-column')
    .evaluateAll((cols) => cols.filter((c) => c.querySelector('[data-compare-focus="true"]')).length);
  expect(columnsWithFocus).toBeGreaterThanOrEqual(2);
  for (const block of await focused.all()) await expect(block).toBeInViewport();
  await screenshot(page, 'comparison-pane');

  // The discrepancy's passages are "37th" in two columns and "38th" in the third.
  await discrepancy.click();
  await expect.poll(() => focused.count()).toBeGreaterThanOrEqual(3);
  const texts = await focused.allInnerTexts();
  expect(texts.join(' ')).toContain('38th');
  await screenshot(page, 'comparison-discrepancy');
});

test('sections collapse, the heat map focuses an entity in one column, and the pane follows the open set', async ({ page, app }) => {
  await openApp(page, app);
  await openThree(page);
  await page.getByTestId('compare-toggle').click();
  const pane = page.getByTestId('comparison-pane');
  await expect(pane.getByTestId('shared-claim').first()).toBeVisible();

  const coverage = pane.getByRole('button', { name: /Coverage/ });
  await coverage.click();
  await expect(coverage).toHaveAttribute('aria-expanded', 'false');
  await coverage.click();

  const cell = pane.getByRole('button', { name: /^Xi Jinping: \d+ mentions? in Opportunistic Bedfellows/ });
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  const sommer = page.locator('[data-testid="reader-column"]').filter({ has: page.getByTestId('article-title').filter({ hasText: TITLES.sommer }) });
  await expect(sommer.locator('[data-compare-focus="true"]').first()).toBeInViewport();
  await scrollPaneTo(page, 'compare-entities');
  await screenshot(page, 'comparison-entities');
  await scrollPaneTo(page, 'compare-timeline');
  await screenshot(page, 'comparison-timeline');

  // Closing a column re-runs the comparison on the two left.
  await page.getByTestId('reader-column').nth(2).getByTestId('column-close').click();
  await expect(pane.locator('.compare-source-list li')).toHaveCount(2);
  await expect(pane.getByTestId('figure-discrepancy')).toHaveCount(0);
  // Down to one column, the pane steps aside.
  await page.getByTestId('reader-column').nth(1).getByTestId('column-close').click();
  await expect(pane).toHaveCount(0);
});
