import { expect, test } from './extension';
import { pressOpenPanel } from './open-panel';
import { editorTexts, LINKEDIN_FEED, X_HOME } from './replicas';

// The keyboard command (Alt+Shift+S by default, manifest `commands`) opens
// the panel of the composer the person is writing in and puts the caret in
// its search. Browser shortcuts cannot be pressed from Playwright, so the
// background's message to the tab is sent as its command handler sends it
// (tests/e2e/open-panel.ts; lib/background/commands.ts, lib/tab-messaging.ts;
// unit-tested from the command on).

test('X: the command opens the panel with the caret in its search; Escape goes back to the draft', async ({ page, worker }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Hej');
  expect(await pressOpenPanel(worker, page)).toEqual({ opened: true });
  const host = page.locator('chorus-assistant[data-surface="inline"]');
  const search = host.locator('.panel-search');
  await expect(search).toBeFocused();
  await page.keyboard.type('windpilot');
  await expect(search).toHaveValue('windpilot');
  await page.keyboard.press('Escape');
  await expect(host.locator('.panel')).toHaveCount(0);
  await page.keyboard.type(' igen');
  await expect.poll(async () => (await editorTexts(page)).inline).toBe('Hej igen');
});

test('LinkedIn: with two composers, the command opens the one being written in', async ({ page, worker }) => {
  await page.goto(LINKEDIN_FEED);
  // The second post's comment box, beside the first post's open one.
  await page.locator('[data-replica-open-comments]').nth(1).click();
  const editors = page.locator('.comments-comment-box .ql-editor');
  await expect(editors).toHaveCount(2);
  await editors.nth(1).click();
  await page.keyboard.type('Tak!');
  expect(await pressOpenPanel(worker, page)).toEqual({ opened: true });
  const open = page.locator('chorus-assistant[data-surface="comment"]:has(.panel)');
  await expect(open).toHaveCount(1);
  await expect(open.locator('.panel-search')).toBeFocused();
  // Its launcher sits on the second comment box.
  const box = await editors.nth(1).boundingBox();
  const launcher = await open.locator('.launcher').boundingBox();
  expect(box && launcher && launcher.y >= box.y - 1 && launcher.y <= box.y + box.height).toBe(true);
});

test('a page without a composer answers that nothing was opened', async ({ page, worker }) => {
  await page.goto(LINKEDIN_FEED.replace('/feed/', '/in/anna-jensen/'));
  expect(await pressOpenPanel(worker, page)).toEqual({ opened: false });
});
