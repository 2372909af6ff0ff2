import { defineConfig } from '@playwright/test';

/**
 * End-to-end suite: Debian's Chromium (/usr/bin/chromium, never a downloaded
 * browser) with the built extension (.output/chrome-mv3) loaded; see
 * tests/e2e/fixtures.ts. `npm test` builds the extension first and reads the
 * JSON report from PLAYWRIGHT_JSON_OUTPUT_FILE; `npx playwright test` alone
 * builds it when .output/chrome-mv3 is missing and writes the report to
 * test-results/e2e-report.json.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  // Two cores: one browser at a time. Each test launches its own Chromium.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous for a slow, shared machine; a normal test takes about a second.
  timeout: 60_000,
  globalTimeout: 10 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
