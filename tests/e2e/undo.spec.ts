import type { Locator, Page } from '@playwright/test';
import { expect, test } from './extension';
import { editorTexts, LINKEDIN_FEED, X_HOME } from './replicas';

// One undo step per Chorus change: after an insertion or a fix, one Ctrl+Z
// gives back exactly the draft as it was, and Ctrl+Shift+Z (Ctrl+Y on X)
// puts the change back, read from the editor's own model (Quill's getText,
// Draft's getPlainText), on both replicas, single- and multi-line text,
// into empty and non-empty drafts.

const SHARE_EDITOR = '[role="dialog"] .ql-editor';
const X_EDITOR = '[data-testid="tweetTextarea_0"]';

const warnings = (page: Page) =>
  page.evaluate(() => (CSS.highlights.get('chorus-warning') as Set<AbstractRange> | undefined)?.size ?? 0);

const model = async (page: Page, key: string) => (await editorTexts(page))[key];

/** Waits until the editor's model holds exactly `expected`. */
async function expectModel(page: Page, key: string, expected: string, what: string) {
  await expect.poll(() => model(page, key), { message: what, timeout: 3000 }).toBe(expected);
}

/** The keys go to the draft, as the person's next keystrokes would. */
async function expectFocusInEditor(page: Page, selector: string) {
  await expect
    .poll(() => page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector))
    .toBe(true);
}

/** One Ctrl+Z gives back `before`; one redo puts `after` back; a second undo `before` again. */
async function undoRedo(page: Page, key: string, before: string, after: string, redoKey = 'Control+Shift+Z') {
  await page.keyboard.press('Control+Z');
  await expectModel(page, key, before, 'after one Ctrl+Z');
  await page.keyboard.press(redoKey);
  await expectModel(page, key, after, `after ${redoKey}`);
  await page.keyboard.press('Control+Z');
  await expectModel(page, key, before, 'after undoing the redo');
}

/** Opens the panel and returns the first card whose text has (or has not) line breaks. */
async function pickCard(page: Page, surface: string, lines: 'multi' | 'single'): Promise<{ card: Locator; text: string }> {
  const host = page.locator(`chorus-assistant[data-surface="${surface}"]`);
  await host.locator('.launcher').click();
  await expect(host.locator('.card').first()).toBeVisible();
  const texts = await host.locator('.card .card-text').allTextContents();
  const index = texts.findIndex((text) => text.includes('\n') === (lines === 'multi'));
  expect(index, `a ${lines}-line card in the panel`).toBeGreaterThanOrEqual(0);
  return { card: host.locator('.card').nth(index), text: texts[index] ?? '' };
}

/** Inserts the card and waits for the model to hold it; returns the model's text. */
async function insertCard(page: Page, card: Locator, key: string, selector: string, text: string): Promise<string> {
  await card.locator('.card-insert').click();
  // Chorus checks that the editor took the text before it says so; a key
  // pressed before then would race that check.
  await expect(card.page().locator(`chorus-assistant .toast`)).toBeVisible();
  await expect.poll(() => model(page, key)).toContain(text);
  await expectFocusInEditor(page, selector);
  return (await model(page, key)) ?? '';
}

async function openShareDialog(page: Page) {
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  await page.locator(SHARE_EDITOR).click();
}

// Quill's history merges changes made within a second of each other into one
// step, as it does with a person's own typing: a person opens the panel and
// picks a card after a pause, and so do these tests.
const pause = (page: Page) => page.waitForTimeout(1100);

test.describe('LinkedIn share dialog (Quill)', () => {
  test('multi-line suggestion into an empty draft: one undo empties it, redo brings it back', async ({ page }) => {
    await openShareDialog(page);
    const { card, text } = await pickCard(page, 'share', 'multi');
    const after = await insertCard(page, card, 'share', SHARE_EDITOR, text);
    expect(after).toBe(text);
    await undoRedo(page, 'share', '', text);
  });

  test('multi-line suggestion into a non-empty draft: one undo gives back exactly the draft', async ({ page }) => {
    await openShareDialog(page);
    await page.keyboard.type('Første linje 🎉');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Последняя строка');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    const before = 'Første linje 🎉\nПоследняя строка';
    await expectModel(page, 'share', before, 'typed draft');
    await pause(page);
    const { card, text } = await pickCard(page, 'share', 'multi');
    const after = await insertCard(page, card, 'share', SHARE_EDITOR, text);
    expect(after).toBe(`Første linje 🎉\n\n${text}\nПоследняя строка`);
    await undoRedo(page, 'share', before, after);
  });

  test('a fix (one word, single line): one undo gives back the misspelling, redo the fix', async ({ page }) => {
    await openShareDialog(page);
    await page.keyboard.type('#employee Hej Windpilot');
    await expect.poll(() => warnings(page)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('chorus-assistant[data-surface="share"] .finding-card')).toBeVisible();
    await pause(page);
    await page.keyboard.press('Alt+Enter');
    await expect(page.locator('chorus-assistant .finding-card')).toHaveCount(0);
    await expectModel(page, 'share', '#employee Hej WindPilot', 'fixed');
    await expectFocusInEditor(page, SHARE_EDITOR);
    await undoRedo(page, 'share', '#employee Hej Windpilot', '#employee Hej WindPilot');
  });
});

test.describe('X inline composer (Draft.js)', () => {
  test('multi-line suggestion into an empty draft: one undo empties it, redo brings it back', async ({ page }) => {
    await page.goto(X_HOME);
    const { card, text } = await pickCard(page, 'inline', 'multi');
    const after = await insertCard(page, card, 'inline', X_EDITOR, text);
    expect(after).toBe(text);
    await undoRedo(page, 'inline', '', text);
  });

  test('single-line suggestion into an empty draft, redo by Ctrl+Y', async ({ page }) => {
    await page.goto(X_HOME);
    const { card, text } = await pickCard(page, 'inline', 'single');
    const after = await insertCard(page, card, 'inline', X_EDITOR, text);
    expect(after).toBe(text);
    await undoRedo(page, 'inline', '', text, 'Control+Y');
  });

  test('multi-line suggestion into a non-empty draft, caret mid-line: one undo gives back exactly the draft', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator(X_EDITOR).click();
    await page.keyboard.type('Hej 🎉 slut');
    for (let i = 0; i < ' slut'.length; i++) await page.keyboard.press('ArrowLeft');
    await expectModel(page, 'inline', 'Hej 🎉 slut', 'typed draft');
    const { card, text } = await pickCard(page, 'inline', 'multi');
    const after = await insertCard(page, card, 'inline', X_EDITOR, text);
    expect(after).toBe(`Hej 🎉\n\n${text} slut`);
    await undoRedo(page, 'inline', 'Hej 🎉 slut', after);
  });

  test('single-line suggestion into a non-empty draft: one undo gives back exactly the draft', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator(X_EDITOR).click();
    await page.keyboard.type('Se her: ');
    await expectModel(page, 'inline', 'Se her: ', 'typed draft');
    const { card, text } = await pickCard(page, 'inline', 'single');
    const after = await insertCard(page, card, 'inline', X_EDITOR, text);
    expect(after).toBe(`Se her: ${text}`);
    await undoRedo(page, 'inline', 'Se her: ', after);
  });

  test('a fix (one word): one undo gives back the misspelling, redo the fix', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator(X_EDITOR).click();
    await page.keyboard.type('#employee Hej Windpilot');
    await expect.poll(() => warnings(page)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('chorus-assistant[data-surface="inline"] .finding-card')).toBeVisible();
    await page.keyboard.press('Alt+Enter');
    await expect(page.locator('chorus-assistant .finding-card')).toHaveCount(0);
    await expectModel(page, 'inline', '#employee Hej WindPilot', 'fixed');
    await expectFocusInEditor(page, X_EDITOR);
    await undoRedo(page, 'inline', '#employee Hej Windpilot', '#employee Hej WindPilot');
  });

  test('a fix of two edits (the disclosure moved to the start): one undo gives back the draft, redo the fix', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator(X_EDITOR).click();
    const draft = `WindPilot spotter slidte lejer. ${'Mere tekst her. '.repeat(13)}#employee`;
    await page.keyboard.insertText(draft);
    await expectModel(page, 'inline', draft, 'typed draft');
    const host = page.locator('chorus-assistant[data-surface="inline"]');
    await host.locator('.launcher').click();
    const fix = host.locator('.check', { hasText: '#employee' }).locator('.check-fix');
    await fix.click();
    const fixed = `#employee ${draft.slice(0, -' #employee'.length)}`;
    await expectModel(page, 'inline', fixed, 'fixed');
    // Done once the re-check has dropped the finding; then back to the draft, from the panel.
    await expect(host.locator('.check', { hasText: '#employee' })).toHaveCount(0);
    await page.locator(X_EDITOR).focus();
    await undoRedo(page, 'inline', draft, fixed);
  });
});
