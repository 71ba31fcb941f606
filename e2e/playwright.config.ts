// Browser-mode end-to-end tests: the real UI served by `parallax serve`, in the machine's Chromium.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

if (!chromiumPath) {
  throw new Error('No Chromium found: install Debian\'s chromium (apt-get install -y chromium) or set PARALLAX_CHROMIUM.');
}

export default defineConfig({
  testDir: '.',
  testMatch: /browser\/.*\.spec\.ts$/,
  outputDir: './output/test-results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: './output/browser-results.json' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
