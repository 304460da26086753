import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, launchWithExtension, test } from './extension';
import { LINKEDIN_FEED } from './replicas';

// A fresh profile, as a new user meets Chorus: the launcher of the comment box
// that is open on load says it is loading (never "suggested posts: 0"), and
// the panel shows the bundled pack's cards without waiting for the browser's
// managed policy (seconds late in Chromium after every start), then settles.

test.afterEach(async ({ recorder }) => {
  expect(recorder.errors, 'errors logged').toEqual([]);
  expect(recorder.outside, 'requests leaving the machine').toEqual([]);
});

test('from install, the launcher says it is loading, never 0, and the panel shows cards', async ({ page }) => {
  // Every launcher name the page ever shows, looked at once per frame.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __launcherNames: string[] }).__launcherNames = seen;
    const look = () => {
      for (const host of document.querySelectorAll('chorus-assistant')) {
        const name = host.shadowRoot?.querySelector('.launcher')?.getAttribute('aria-label');
        if (name && seen.at(-1) !== name) seen.push(name);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(LINKEDIN_FEED);
  const host = page.locator('chorus-assistant[data-surface="comment"]').first();
  await host.locator('.launcher').click();
  await expect(host.locator('.panel .card').first()).toBeVisible();
  // Settled once the browser has given the policy (none here).
  await expect(host.locator('.assistant')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(host.locator('.panel-pending')).toHaveCount(0);
  const names = await page.evaluate(() => (window as unknown as { __launcherNames: string[] }).__launcherNames);
  expect(names.some((name) => /suggested posts: 0$/.test(name)), names.join(' | ')).toBe(false);
  expect(names.at(-1)).toMatch(/^Chorus, suggested posts: [1-9]\d*$/);
});

test('cards show while the policy is still being read, with a note that the list may change', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  const host = page.locator('chorus-assistant[data-surface="comment"]').first();
  await host.locator('.launcher').click();
  await expect(host.locator('.panel .card').first()).toBeVisible();
  // Chromium's first storage.managed read of a session takes seconds (2.6 to
  // 4.8 s measured), so a fresh profile's first cards come before it.
  // If the browser was quicker this time, the panel is settled at once and says nothing.
  const state = await host.locator('.assistant').getAttribute('data-state');
  expect(['pending', 'ready']).toContain(state);
  if (state === 'pending') await expect(host.locator('.panel-pending')).toContainText('this list may change');
  await expect(host.locator('.assistant')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(host.locator('.panel-pending')).toHaveCount(0);
  await expect(host.locator('.panel .card').first()).toBeVisible();
});

test('after a browser restart, the first answer uses the policy seen last time and is settled at once', async ({ recorder }) => {
  const profile = mkdtempSync(join(tmpdir(), 'chorus-restart-'));
  const firstCardState = async () => {
    const context = await launchWithExtension(EXTENSION_DIR, recorder, profile);
    try {
      if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(LINKEDIN_FEED);
      const host = page.locator('chorus-assistant[data-surface="comment"]').first();
      await host.locator('.launcher').click();
      await expect(host.locator('.panel .card').first()).toBeVisible();
      const state = await host.locator('.assistant').getAttribute('data-state');
      // Stays until the browser has answered, so the next start has it.
      await expect(host.locator('.assistant')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      return state;
    } finally {
      await context.close();
    }
  };
  try {
    expect(['pending', 'ready']).toContain(await firstCardState());
    expect(await firstCardState()).toBe('ready');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
