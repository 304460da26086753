import { docShot } from './doc-shot';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './extension';
import { editorTexts, LINKEDIN_FEED, X_HOME } from './replicas';

// The built extension in Chromium on the replica pages: the panel appears
// beside each composer, an inserted suggestion reaches the editor's own
// model (what Post sends), drafts are kept, the panel leaves with its composer.

type Posted = { surface: string; text: string }[];
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: Posted }).__posted);

function assistant(page: Page, surface: string): Locator {
  return page.locator(`chorus-assistant[data-surface="${surface}"]`);
}

/** Opens the panel beside a composer and returns the first card in `language`. */
async function openPanelCard(page: Page, surface: string, language: string): Promise<{ card: Locator; text: string }> {
  const host = assistant(page, surface);
  await host.locator('.launcher').click();
  await expect(host.locator('.panel')).toBeVisible();
  const card = host.locator('.card', { has: page.locator('.card-lang', { hasText: new RegExp(`^${language}$`, 'i') }) }).first();
  await expect(card).toBeVisible();
  const text = (await card.locator('.card-text').textContent()) ?? '';
  expect(text.length).toBeGreaterThan(20);
  return { card, text };
}

test.describe('LinkedIn', () => {
  test('share dialog: insert into an empty draft, Post sends exactly the suggestion', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    const post = page.locator('button.share-actions__primary-action');
    await expect(post).toBeDisabled();
    const { card, text } = await openPanelCard(page, 'share', 'da');
    await page.screenshot({ path: docShot('panel-linkedin.png') });
    await card.locator('.card-insert').click();
    await expect(post).toBeEnabled();
    await expect(assistant(page, 'share').locator('.toast')).toBeVisible();
    await post.click();
    expect(await posted(page)).toEqual([{ surface: 'share', text }]);
  });

  test('share dialog: a non-empty draft keeps its words, the suggestion lands at the caret', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    const editor = page.locator('[role="dialog"] .ql-editor');
    await editor.click();
    await page.keyboard.type('Første linje 🎉');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Последняя строка');
    // Caret to the end of the first line.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    const { card, text } = await openPanelCard(page, 'share', 'ru');
    await card.locator('.card-insert').click();
    // Inserted: the panel no longer lies over Post, so nothing made the click wait for it before.
    await expect(assistant(page, 'share').locator('.toast.notice-success')).toBeVisible();
    await page.locator('button.share-actions__primary-action').click();
    const [{ text: sent } = { text: '' }] = await posted(page);
    expect(sent.startsWith('Første linje 🎉')).toBe(true);
    expect(sent.endsWith('Последняя строка')).toBe(true);
    expect(sent).toContain(text);
    expect(sent.indexOf(text)).toBeGreaterThan(sent.indexOf('🎉'));
  });

  test('comment box under a post', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    const { card, text } = await openPanelCard(page, 'comment', 'en');
    await card.locator('.card-insert').click();
    const submit = page.locator('button.comments-comment-box__submit-button').first();
    await expect(submit).toBeEnabled();
    await submit.click();
    expect((await posted(page)).at(-1)).toEqual({ surface: 'comment', text });
  });

  test('the panel leaves when its composer closes, and comes back with a new one', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    await expect(assistant(page, 'share')).toHaveCount(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(assistant(page, 'share')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start a post' }).click();
    await expect(assistant(page, 'share')).toHaveCount(1);
  });
});

test.describe('X', () => {
  test('home composer: insert, counter and Post follow the editor model', async ({ page }) => {
    await page.goto(X_HOME);
    const post = page.locator('[data-testid="tweetButtonInline"]');
    await expect(post).toBeDisabled();
    const { card, text } = await openPanelCard(page, 'inline', 'da');
    await page.screenshot({ path: docShot('panel-x.png') });
    await card.locator('.card-insert').click();
    await expect(post).toBeEnabled();
    await post.click();
    expect(await posted(page)).toEqual([{ surface: 'inline', text }]);
  });

  test('home composer: a non-empty draft keeps its words around the caret', async ({ page }) => {
    await page.goto(X_HOME);
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await editor.click();
    await page.keyboard.type('Hej 🎉 slut');
    for (let i = 0; i < ' slut'.length; i++) await page.keyboard.press('ArrowLeft');
    const { card, text } = await openPanelCard(page, 'inline', 'nl');
    await card.locator('.card-insert').click();
    // The editor's own model (Draft.js getPlainText); with the person's words
    // added the post may pass 280, so Post itself is not the check here.
    await expect.poll(async () => (await editorTexts(page)).inline).toContain(text);
    const sent = (await editorTexts(page)).inline ?? '';
    expect(sent.startsWith('Hej 🎉')).toBe(true);
    expect(sent.endsWith('slut')).toBe(true);
    expect(sent).toContain(text);
  });

  test('reply dialog', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator('article[data-testid="tweet"] [data-testid="reply"]').first().click();
    const { card, text } = await openPanelCard(page, 'reply', 'ru');
    await card.locator('.card-insert').click();
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    expect((await posted(page)).at(-1)).toEqual({ surface: 'reply', text });
    await expect(assistant(page, 'reply')).toHaveCount(0);
  });

  test('modal composer reached by SPA navigation, and gone when it closes', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await expect(page).toHaveURL(/\/compose\/post$/);
    const { card, text } = await openPanelCard(page, 'modal', 'en');
    await card.locator('.card-insert').click();
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    expect((await posted(page)).at(-1)).toEqual({ surface: 'modal', text });
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await expect(assistant(page, 'modal')).toHaveCount(1);
    await page.locator('[data-testid="app-bar-close"]').click();
    await expect(assistant(page, 'modal')).toHaveCount(0);
  });
});
