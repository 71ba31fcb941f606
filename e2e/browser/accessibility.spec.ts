// Automated accessibility checks (axe-core) of the main views, in the light and dark themes: the
// library, two reading columns, a column's notes pane and the comparison pane. Serious and
// critical violations fail the test; the report names each rule and the elements it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from '../fixtures';

const TITLES = {
  bochkov: 'How Western pressure is pushing China and Russia ever closer',
  hug: 'Xi Jinping hugs Vladimir Putin in defiance of the West',
};

async function expectNoSeriousViolations(page: Page, view: string, options: { knownRules?: string[]; only?: string } = {}) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (options.knownRules) axe = axe.disableRules(options.knownRules);
  if (options.only) axe = axe.include(options.only);
  const results = await axe.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${view}: axe found serious or critical violations`).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the library, two columns, the notes pane and the comparison pane pass axe in the ${theme} theme`, async ({ page, app }) => {
    test.setTimeout(60_000);
    await page.addInitScript((t) => localStorage.setItem('parallax.reading-settings', JSON.stringify({ theme: t })), theme);
    await openApp(page, app);
    await expect(page.getByTestId('library-row')).toHaveCount(5, { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoSeriousViolations(page, `library (${theme})`);

    await page.getByTestId('library-row').filter({ hasText: TITLES.bochkov }).click();
    await page.getByTestId('library-row').filter({ hasText: TITLES.hug }).click({ modifiers: ['ControlOrMeta'] });
    const columns = page.getByTestId('reader-column');
    await expect(columns.nth(1).getByTestId('article-title')).toHaveText(TITLES.hug);
    await expectNoSeriousViolations(page, `two columns (${theme})`);

    await columns.nth(0).getByTestId('notes-toggle').click();
    await expect(page.getByTestId('notes-pane')).toBeVisible();
    await expectNoSeriousViolations(page, `notes pane (${theme})`);
    await columns.nth(0).getByTestId('notes-toggle').click();

    await page.getByTestId('compare-toggle').click();
    await expect(page.getByTestId('comparison-pane')).toBeVisible();
    await expect(page.getByTestId('comparison-pane').getByRole('status')).toHaveCount(0, { timeout: 20_000 });
    await expectNoSeriousViolations(page, `comparison pane (${theme})`);

    await page.keyboard.press('ControlOrMeta+k');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    // The palette is modal: the window behind it was scanned above.
    await expectNoSeriousViolations(page, `command palette (${theme})`, { only: '[data-testid="command-palette"]' });
  });
}
