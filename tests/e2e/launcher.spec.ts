import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { X_HOME } from './replicas';

// The launcher sits in the editor's top-right corner; once the person's words
// run under it, it shrinks onto the editor's top edge so it hides none of them.

/** How much of the launcher's drawn box lies over the editor's text, in square pixels. */
function overlapWithText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const host = document.querySelector('chorus-assistant[data-surface="inline"]');
    const launcher = host?.shadowRoot?.querySelector('.launcher')?.getBoundingClientRect();
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
    if (!launcher || !editor) throw new Error('no launcher or editor');
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let area = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const w = Math.min(line.right, launcher.right) - Math.max(line.left, launcher.left);
        const h = Math.min(line.bottom, launcher.bottom) - Math.max(line.top, launcher.top);
        if (w > 0 && h > 0) area += w * h;
      }
    }
    return area;
  });
}

const crowded = (page: Page) =>
  page.locator('chorus-assistant[data-surface="inline"]').evaluate((el) => el.shadowRoot?.querySelector('body')?.dataset.crowded);

test('X: words under the launcher make it step aside, and it comes back when they are gone', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Kort');
  await expect.poll(() => crowded(page)).toBe('false');
  expect(await overlapWithText(page)).toBe(0);

  await page.keyboard.type(' og så en meget lang første linje som løber helt ud til kanten af feltet og videre');
  await expect.poll(() => crowded(page)).toBe('true');
  await expect.poll(() => overlapWithText(page)).toBe(0);

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => crowded(page)).toBe('false');
});

test('X: a crowded launcher can still be pointed at and opened', async ({ page }) => {
  await page.goto(X_HOME);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('En meget lang første linje som løber helt ud til kanten af feltet og endnu videre');
  await expect.poll(() => crowded(page)).toBe('true');
  const host = page.locator('chorus-assistant[data-surface="inline"]');
  await host.locator('.launcher').hover();
  await page.waitForTimeout(300); // past the size transition: still under the pointer
  await expect(host.locator('.launcher')).toHaveCSS('opacity', '1');
  await host.locator('.launcher').click();
  await expect(host.locator('.panel')).toBeVisible();
  expect(await overlapWithText(page)).toBe(0);
});
