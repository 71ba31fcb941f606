// Desktop-app end-to-end tests: the Electron shell driven by Playwright, one app at a time.
// Separate from the browser config so machines without an Electron binary can still run those.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /electron\.spec\.ts$/,
  outputDir: './output/electron',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: './output/electron-results.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
