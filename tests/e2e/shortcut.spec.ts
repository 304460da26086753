import { OPEN_PANEL_SUGGESTED_KEY } from '../../lib/messaging/commands';
import { expect, test } from './extension';
import { LINKEDIN_FEED } from './replicas';
import { ensureOpenPanelKeys, openPanelKeys, setOpenPanelKeys } from './shortcut';

// The open-panel shortcut in a real Chromium profile: the built extension gets
// its suggested key at install; with no key (cleared here on the browser's own
// shortcut page, as a person or a clash with another extension leaves it) the
// popup and the panel's help say so and open the shortcut page; `npm start`
// gives a profile without a key its key back.

test.afterEach(async ({ recorder }) => {
  expect(recorder.errors, 'errors logged').toEqual([]);
  expect(recorder.outside, 'requests leaving the machine').toEqual([]);
});

interface ActionApi {
  action: { getBadgeText(details: object): Promise<string> };
}

test('a fresh profile gives the command its suggested key', async ({ worker }) => {
  expect(await openPanelKeys(worker)).toBe(OPEN_PANEL_SUGGESTED_KEY);
});

test('with no key, the popup says so and its button opens the browser’s shortcut page', async ({ context, worker, extensionId, page }) => {
  await setOpenPanelKeys(context, worker, '');
  expect(await openPanelKeys(worker)).toBe('');
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const note = page.locator('.shortcut-missing');
  await expect(note).toBeVisible();
  await expect(note).toContainText('No keyboard shortcut opens Chorus yet');
  await expect(page.locator('.hint')).not.toContainText('Or press');
  // The toolbar button says it too.
  const badge = () => worker.evaluate(() => (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe('!');
  const opened = context.waitForEvent('page');
  await note.getByRole('button', { name: 'Set a shortcut' }).click();
  await expect.poll(async () => (await opened).url()).toBe('chrome://extensions/shortcuts');
});

test('with a key, the popup names it and shows no note', async ({ worker, extensionId, page }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('.hint')).toContainText(`Or press ${OPEN_PANEL_SUGGESTED_KEY} while writing.`);
  await expect(page.locator('.shortcut-missing')).toHaveCount(0);
  const badge = () => worker.evaluate(() => (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe('');
});

test('the panel’s help names the key, or says there is none with a button to the shortcut page', async ({ context, worker, page }) => {
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  const host = page.locator('chorus-assistant[data-surface="share"]');
  await host.locator('.launcher').click();
  await expect(host.locator('.panel-help')).toContainText(`Shortcut: ${OPEN_PANEL_SUGGESTED_KEY}`);
  await host.locator('.panel-close').click();

  await setOpenPanelKeys(context, worker, '');
  await host.locator('.launcher').click();
  const help = host.locator('.panel-help .shortcut-missing');
  await expect(help).toContainText('No keyboard shortcut opens Chorus yet');
  const opened = context.waitForEvent('page');
  await help.getByRole('button', { name: 'Set a shortcut' }).click();
  await expect.poll(async () => (await opened).url()).toBe('chrome://extensions/shortcuts');
});

test('npm start gives a profile without a key its key back, and keeps one the person chose', async ({ context, worker }) => {
  await setOpenPanelKeys(context, worker, '');
  expect(await ensureOpenPanelKeys(context, worker, OPEN_PANEL_SUGGESTED_KEY)).toEqual({ keys: OPEN_PANEL_SUGGESTED_KEY, changed: true });
  expect(await openPanelKeys(worker)).toBe(OPEN_PANEL_SUGGESTED_KEY);
  await setOpenPanelKeys(context, worker, 'Alt+Shift+K');
  expect(await ensureOpenPanelKeys(context, worker, OPEN_PANEL_SUGGESTED_KEY)).toEqual({ keys: 'Alt+Shift+K', changed: false });
});
