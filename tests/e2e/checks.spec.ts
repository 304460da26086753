import { docShot } from './doc-shot';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { editorTexts, LINKEDIN_FEED, X_HOME } from './replicas';

// Inline guideline checks in the built extension: underlines drawn with the
// CSS Custom Highlight API (no change to the editor's DOM), a card by mouse
// and by keyboard, fixes that reach the editor's own model, the card beside
// Post that never blocks it.

const highlightCount = (page: Page, name: string) =>
  page.evaluate((n) => (CSS.highlights.get(n) as Set<AbstractRange> | undefined)?.size ?? 0, name);

async function openShareDialog(page: Page) {
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  const editor = page.locator('[role="dialog"] .ql-editor');
  await editor.click();
  return editor;
}

test('LinkedIn: a misspelt product name is underlined, its card fixes it in the editor model', async ({ page }) => {
  const editor = await openShareDialog(page);
  // With the disclosure, so that correcting the name raises no new error.
  await page.keyboard.type('Windpilot planlægger service på vindstille dage. #medarbejder');
  await expect.poll(() => highlightCount(page, 'chorus-warning')).toBeGreaterThan(0);
  const editorHtml = await editor.innerHTML();
  expect(editorHtml).not.toContain('chorus');
  const word = await editor.evaluate((el) => {
    const text = el.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, 3);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(word.x, word.y);
  const card = page.locator('chorus-assistant[data-surface="share"] .finding-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('WindPilot');
  await page.screenshot({ path: docShot('checks-linkedin.png') });
  await card.locator('.finding-fix').click();
  await expect.poll(async () => (await editorTexts(page)).share).toContain('WindPilot planlægger');
  expect((await editorTexts(page)).share).not.toContain('Windpilot');
});

test('LinkedIn: the card follows the caret, and Alt+Enter applies the fix', async ({ page }) => {
  await openShareDialog(page);
  await page.keyboard.type('#employee Hej Windpilot');
  await expect.poll(() => highlightCount(page, 'chorus-warning')).toBeGreaterThan(0);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const card = page.locator('chorus-assistant[data-surface="share"] .finding-card');
  await expect(card).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect.poll(async () => (await editorTexts(page)).share).toBe('#employee Hej WindPilot');
});

test('X: errors are counted, and the card beside Post lists them without blocking Post', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Project Falcon ships in Q3, mail me at anna.jensen@gmail.com');
  const launcher = page.locator('chorus-assistant[data-surface="inline"] .launcher');
  await expect(launcher.locator('.launcher-issues.severity-error')).toBeVisible();
  await expect.poll(() => highlightCount(page, 'chorus-error')).toBeGreaterThanOrEqual(2);
  const post = page.locator('[data-testid="tweetButtonInline"]');
  await post.hover();
  const prePost = page.locator('chorus-assistant[data-surface="inline"] .prepost-card');
  await expect(prePost).toBeVisible();
  await expect(prePost.locator('.check')).not.toHaveCount(0);
  await page.screenshot({ path: docShot('checks-x.png') });
  await expect(post).toBeEnabled();
});

test('X: a post-level fix from the panel adds the disclosure to the model; the LinkedIn-only campaign tag is not asked for', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('WindPilot spotter slidte lejer');
  const host = page.locator('chorus-assistant[data-surface="inline"]');
  await host.locator('.launcher').click();
  const fix = host.locator('.check', { hasText: '#employee' }).locator('.check-fix');
  await expect(fix).toBeVisible();
  // The pack limits its campaign hashtag to LinkedIn, so X never asks for it.
  await expect(host.locator('.check', { hasText: '#NordvindForward' })).toHaveCount(0);
  await fix.click();
  await expect.poll(async () => (await editorTexts(page)).inline).toContain('#employee');
  expect((await editorTexts(page)).inline).toContain('WindPilot spotter slidte lejer');
});

test('LinkedIn: a fix that would break another guideline is withheld, and the panel says so', async ({ page }) => {
  await openShareDialog(page);
  // Adding the disclosure would take this post over LinkedIn's 3,000 characters.
  await page.keyboard.insertText(`WindPilot ${'x'.repeat(2985)}`);
  const host = page.locator('chorus-assistant[data-surface="share"]');
  await expect(host.locator('.launcher-issues.severity-error')).toBeVisible();
  // The draft scrolled inside the dialog: the launcher stays at the top of
  // its visible part (drawn just above it, as words run under it), in the dialog.
  const dialog = await page.locator('[role="dialog"]').boundingBox();
  const scroller = await page.locator('[role="dialog"] .share-box-v2__modal-content').boundingBox();
  const launcher = await host.locator('.launcher').boundingBox();
  if (!dialog || !scroller || !launcher) throw new Error('no dialog, scroller or launcher');
  expect(launcher.y).toBeGreaterThanOrEqual(dialog.y);
  expect(launcher.y + launcher.height).toBeGreaterThanOrEqual(scroller.y - 1);
  expect(launcher.y + launcher.height).toBeLessThanOrEqual(scroller.y + 40);
  await host.locator('.launcher').click();
  const disclosure = host.locator('.check.severity-error', { hasText: '#employee' });
  await expect(disclosure).toBeVisible();
  await expect(disclosure.locator('.check-withheld')).toBeVisible();
  await expect(disclosure.locator('.check-fix')).toHaveCount(0);
});

test('X: after Post empties the composer, its findings and underlines go too', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('#employee Project Falcon ships');
  const badge = page.locator('chorus-assistant[data-surface="inline"] .launcher-issues');
  await expect(badge).toBeVisible();
  await expect.poll(() => highlightCount(page, 'chorus-error')).toBeGreaterThan(0);
  // The site resets its editor after posting: no input event reaches Chorus.
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(async () => (await editorTexts(page)).inline).toBe('');
  await expect(badge).toHaveCount(0);
  await expect.poll(() => highlightCount(page, 'chorus-error')).toBe(0);
  // An empty draft is not a clean one: the panel says there is nothing to check yet.
  const host = page.locator('chorus-assistant[data-surface="inline"]');
  await host.locator('.launcher').click();
  await expect(host.locator('.checks-count')).toHaveText(/Nothing to check yet/);
  // Writing again updates the open panel.
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('#employee WindPilot #NordvindForward');
  await expect(host.locator('.checks-count')).toHaveText(/follows the guidelines/);
});

test('LinkedIn: a card opens at the caret only when the person moved it there, or asked with Alt+Enter', async ({ page }) => {
  const editor = await openShareDialog(page);
  await page.keyboard.type('#employee Hej Windpilot og venner');
  await expect.poll(() => highlightCount(page, 'chorus-warning')).toBeGreaterThan(0);
  const card = page.locator('chorus-assistant[data-surface="share"] .finding-card');
  await page.waitForTimeout(600); // the person's last key is well past
  // The caret moved into the flagged word by script, as an insert or a fix moves it: no card.
  await editor.evaluate((el) => {
    const text = el.querySelector('p')?.firstChild as Text;
    const at = (text.textContent ?? '').indexOf('Windpilot') + 3;
    getSelection()?.collapse(text, at);
  });
  await page.waitForTimeout(400);
  await expect(card).toHaveCount(0);
  // Alt+Enter asks for it; a second Alt+Enter applies its fix.
  await page.keyboard.press('Alt+Enter');
  await expect(card).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect.poll(async () => (await editorTexts(page)).share).toBe('#employee Hej WindPilot og venner');
  // (The person's own arrow key into a flagged word opens it: "the card follows the caret" above.)
});

test('LinkedIn at 900x620: a card by a comment box at the bottom of the window stays on screen, its long URL inside it', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 620 });
  await page.goto(LINKEDIN_FEED);
  const editor = page.locator('.comments-comment-box .ql-editor').first();
  // The comment box at the very bottom of the window, as when scrolling the feed.
  await editor.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await editor.click();
  const url = `https://www.windpowermonthly.com/article/${'north-sea-bearing-report-'.repeat(6)}`;
  await page.keyboard.insertText(`#employee ${url}`);
  await expect.poll(() => highlightCount(page, 'chorus-warning')).toBeGreaterThan(0);
  const point = await editor.evaluate((el) => {
    const text = el.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 20);
    range.setEnd(text, 21);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  const card = page.locator('chorus-assistant[data-surface="comment"] .finding-card');
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  if (!box) throw new Error('no card box');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(620);
  expect(box.x + box.width).toBeLessThanOrEqual(900);
  // Nothing runs out of the card: its content is no wider than the card.
  const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('X: the checks list wraps a long URL inside the panel, Fix and Ignore stay in view', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  const url = `https://www.windpowermonthly.com/article/${'north-sea-bearing-report-'.repeat(6)}`;
  await page.keyboard.insertText(`WindPilot ${url}`);
  const host = page.locator('chorus-assistant[data-surface="inline"]');
  await expect(host.locator('.launcher-issues')).toBeVisible();
  await host.locator('.launcher').click();
  const list = host.locator('.panel .checks-list');
  await expect(list.locator('.check')).not.toHaveCount(0);
  expect(await list.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const listBox = await list.boundingBox();
  if (!listBox) throw new Error('no list box');
  for (const button of await list.locator('.check-fix, .check-ignore').all()) {
    const box = await button.boundingBox();
    if (!box) continue; // scrolled away inside the list
    expect(box.x + box.width).toBeLessThanOrEqual(listBox.x + listBox.width + 1);
  }
});
