import { defineConfig } from '@playwright/test';

// The end-to-end suite runs the built extension in Debian's Chromium against
// replica pages served at the real sites' URLs (tests/e2e/replicas.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  // One Chromium at a time: these machines have 2 cores.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  outputDir: 'test-results',
});
