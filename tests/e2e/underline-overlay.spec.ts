import type { Locator, Page } from '@playwright/test';
import { expect, OVERLAY_EXTENSION_DIR, test } from './extension';
import { editorTexts, LINKEDIN_FEED, X_HOME } from './replicas';

// The underline fallback for browsers without the CSS Custom Highlight API,
// in the build that always uses it (npm run build:overlay): boxes in Chorus's
// shadow root under the words, the editor's DOM untouched, cards and fixes
// working through them, and boxes that follow the text and hide where the
// site covers the editor.

test.use({ extensionDir: OVERLAY_EXTENSION_DIR });

type Rect = { left: number; right: number; top: number; bottom: number };

/** The viewport rect of `word` in the editor's text, measured with a range. */
function wordRect(editor: Locator, word: string): Promise<Rect | null> {
  return editor.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const { left, right, top, bottom } = range.getBoundingClientRect();
      return { left, right, top, bottom };
    }
    return null;
  }, word);
}

const boxes = (page: Page, surface: string, severity: string) =>
  page.locator(`chorus-assistant[data-surface="${surface}"] .underline-${severity}:not([hidden])`);

async function boxRects(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const { left, right, top, bottom } = el.getBoundingClientRect();
      return { left, right, top, bottom };
    }),
  );
}

/**
 * Whether the box is what a person sees at its centre: made hit-testable for
 * a moment, is it (its shadow host) the topmost element there?
 */
function onTop(box: Locator): Promise<boolean> {
  return box.evaluate((el: HTMLElement) => {
    el.style.pointerEvents = 'auto';
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    el.style.pointerEvents = '';
    return top?.tagName.toLowerCase() === 'chorus-assistant';
  });
}

/** A box lies under the word: same line, covering it from end to end (a pixel of rounding either way). */
function underlines(box: Rect, word: Rect): boolean {
  return Math.abs(box.left - word.left) <= 1.5 && Math.abs(box.right - word.right) <= 1.5 && Math.abs(box.bottom - word.bottom) <= 1.5;
}

test('LinkedIn: without the Highlight API, boxes underline the finding and the card still fixes it', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  const editor = page.locator('[role="dialog"] .ql-editor');
  await editor.click();
  await page.keyboard.type('Windpilot planlægger service på vindstille dage. #medarbejder');
  const warnings = boxes(page, 'share', 'warning');
  await expect(warnings).toHaveCount(1);
  const word = await wordRect(editor, 'Windpilot');
  expect(word).not.toBeNull();
  const [box] = await boxRects(warnings);
  expect(underlines(box as Rect, word as Rect), `box ${JSON.stringify(box)} under ${JSON.stringify(word)}`).toBe(true);
  expect(await onTop(warnings), 'the box shows above the dialog it is in').toBe(true);
  // Drawn by Chorus alone: no highlight registered, nothing added to the editor.
  expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('chorus')))).toEqual([]);
  expect(await editor.innerHTML()).not.toContain('chorus');

  // The boxes let the mouse through to the word: its card opens and fixes it.
  const w = word as Rect;
  await page.mouse.move((w.left + w.right) / 2, (w.top + w.bottom) / 2);
  const card = page.locator('chorus-assistant[data-surface="share"] .finding-card');
  await expect(card).toBeVisible();
  await card.locator('.finding-fix').click();
  await expect.poll(async () => (await editorTexts(page)).share).toContain('WindPilot planlægger');
  await expect(warnings).toHaveCount(0);
});

test('X: the boxes follow the words when the page scrolls, and errors get their own style', async ({ page }) => {
  await page.goto(X_HOME);
  // The replica's feed is short; a real one scrolls the document.
  await page.addStyleTag({ content: 'body { padding-bottom: 2000px; }' });
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Project Falcon ships soon');
  const errors = boxes(page, 'inline', 'error');
  await expect(errors).toHaveCount(1);
  const before = (await boxRects(errors))[0] as Rect;
  expect(underlines(before, (await wordRect(editor, 'Project Falcon')) as Rect)).toBe(true);

  await page.evaluate(() => window.scrollBy(0, 60));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled, 'the replica page must scroll for this test').toBeGreaterThan(0);
  await expect.poll(async () => (await boxRects(errors))[0]?.top).toBeCloseTo(before.top - scrolled, 0);
  expect(underlines((await boxRects(errors))[0] as Rect, (await wordRect(editor, 'Project Falcon')) as Rect)).toBe(true);
});

test('LinkedIn: a comment box covered by the share dialog shows no underline through the dialog', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  const comment = page.locator('.comments-comment-box .ql-editor').first();
  await comment.click();
  await page.keyboard.type('Project Falcon is close');
  const errors = boxes(page, 'comment', 'error');
  await expect(errors).toHaveCount(1);
  expect(await onTop(errors)).toBe(true);
  await page.getByRole('button', { name: 'Start a post' }).click();
  await expect(page.locator('[role="dialog"] .ql-editor')).toBeVisible();
  // No event tells Chorus the dialog opened: the box stays, painted under it.
  await expect(errors).toHaveCount(1);
  expect(await onTop(errors), 'the box shows through the dialog').toBe(false);
});
