import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { LINKEDIN_FEED, X_HOME } from './replicas';

// Modal dialogs keep focus inside themselves (the replicas trap it as the
// sites do, tests/fixtures/focus-trap.ts). Chorus's panel is mounted inside
// the composer's dialog, so its search box can be clicked and typed in, and
// the panel still sits beside the editor.

async function searchInPanel(page: Page, surface: string, query: string) {
  const host = page.locator(`chorus-assistant[data-surface="${surface}"]`);
  // Mounted inside the dialog, not at the end of the page.
  expect(await host.evaluate((el) => el.closest('[role="dialog"]') !== null)).toBe(true);
  await host.locator('.launcher').click();
  const cards = host.locator('.card');
  await expect(cards.first()).toBeVisible();
  const all = await cards.count();
  const search = host.locator('.panel-search');
  await search.click();
  await page.keyboard.type(query);
  await expect(search).toHaveValue(query);
  await expect(search).toBeFocused();
  await expect.poll(() => cards.count()).toBeLessThan(all);
  await expect(cards.first()).toBeVisible();

  // Still beside the editor: the launcher inside its box.
  const editor = await page.locator('[role="dialog"] [contenteditable="true"]').first().boundingBox();
  const launcher = await host.locator('.launcher').boundingBox();
  expect(editor && launcher).toBeTruthy();
  if (!editor || !launcher) return;
  expect(launcher.x).toBeGreaterThanOrEqual(editor.x);
  expect(launcher.x + launcher.width).toBeLessThanOrEqual(editor.x + editor.width + 1);
  expect(Math.abs(launcher.y - editor.y)).toBeLessThan(40);
}

test('LinkedIn share dialog: the panel search takes typing despite the focus trap', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  await page.locator('[role="dialog"] .ql-editor').click();
  await searchInPanel(page, 'share', 'windpilot');
});

test('X modal composer: the panel search takes typing despite the focus trap', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
  await searchInPanel(page, 'modal', 'windpilot');
});

test('LinkedIn share dialog centred with a transform: the panel still lands beside the editor', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  // A transformed dialog is the containing block of everything fixed inside it.
  await page.addStyleTag({ content: '.artdeco-modal { transform: translate(40px, 30px); }' });
  await page.getByRole('button', { name: 'Start a post' }).click();
  await page.locator('[role="dialog"] .ql-editor').click();
  await searchInPanel(page, 'share', 'windpilot');
});

test('LinkedIn: a comment box launcher stays under the share dialog opened over it', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  const comment = page.locator('chorus-assistant[data-surface="comment"] .launcher').first();
  await expect(comment).toBeVisible();
  const onTop = () =>
    comment.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('chorus-assistant') !== null;
    });
  expect(await onTop()).toBe(true);
  await page.getByRole('button', { name: 'Start a post' }).click();
  await expect(page.locator('chorus-assistant[data-surface="share"] .launcher')).toBeVisible();
  expect(await onTop(), 'the comment launcher shows through the dialog').toBe(false);
});
