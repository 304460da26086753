import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { LINKEDIN_FEED, X_HOME } from './replicas';

// The launcher is placed only when something moves its editor (no timer, no
// frame loop: lib/content/follow-layout.ts), so each way an editor can move
// must still bring the launcher along: the page scrolling, the page's layout
// shifting above the editor, its dialog moving, the editor growing; and the
// launcher is hidden while its editor is off screen.

test.afterEach(async ({ recorder }) => {
  expect(recorder.errors, 'errors logged').toEqual([]);
  expect(recorder.outside, 'requests leaving the machine').toEqual([]);
});

/**
 * The launcher's top-right corner relative to the top-right of the part of
 * the editor that shows (a long draft scrolls inside the share dialog), or
 * null while the launcher is not shown.
 */
function launcherOffset(page: Page, surface: string, editorSelector: string) {
  return page.evaluate(
    ([surface, editorSelector]) => {
      const host = document.querySelector(`chorus-assistant[data-surface="${surface}"]`);
      const launcher = host?.shadowRoot?.querySelector('.launcher');
      const editor = document.querySelector(editorSelector);
      if (!launcher || !editor) throw new Error('no launcher or editor');
      const l = launcher.getBoundingClientRect();
      if (l.width === 0) return null;
      const e = editor.getBoundingClientRect();
      let top = e.top;
      for (let at = editor.parentElement; at; at = at.parentElement) {
        if (/auto|scroll|hidden/.test(getComputedStyle(at).overflowY)) top = Math.max(top, at.getBoundingClientRect().top);
      }
      return { right: Math.round(e.right - l.right), top: Math.round(l.top - top) };
    },
    [surface, editorSelector] as const,
  );
}

const X_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';

test('X: the launcher follows the inline composer when the page scrolls, shifts above it, and hides off screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(X_HOME);
  await expect(page.locator('chorus-assistant[data-surface="inline"] .launcher')).toBeVisible();
  await expect.poll(() => launcherOffset(page, 'inline', X_EDITOR)).not.toBeNull();
  // Well past the first moments after mounting, when a launcher may still be
  // settling (stepping off the composer's controls, launcher-spot.ts).
  await page.waitForTimeout(1000);
  const atRest = await launcherOffset(page, 'inline', X_EDITOR);

  // A banner appears above the composer ("Show 3 posts"): no scroll, no resize
  // (at the top of the page, where the browser's scroll anchoring does not scroll).
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.style.height = '90px';
    document.querySelector('[data-testid="primaryColumn"]')?.prepend(banner);
  });
  await expect.poll(() => launcherOffset(page, 'inline', X_EDITOR)).toEqual(atRest);

  // Room to scroll, as a feed has.
  await page.evaluate(() => {
    const filler = document.createElement('div');
    filler.style.height = '3000px';
    document.body.append(filler);
  });
  await page.evaluate(() => window.scrollBy(0, 60));
  await expect.poll(() => launcherOffset(page, 'inline', X_EDITOR)).toEqual(atRest);

  await page.evaluate(() => window.scrollTo(0, 2000));
  await expect.poll(() => launcherOffset(page, 'inline', X_EDITOR)).toBeNull();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => launcherOffset(page, 'inline', X_EDITOR)).toEqual(atRest);
});

const SHARE_EDITOR = '[role="dialog"] .ql-editor';

test('LinkedIn: the launcher follows the share dialog when it moves and the editor when it grows', async ({ page }) => {
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  await page.locator(SHARE_EDITOR).click();
  await expect(page.locator('chorus-assistant[data-surface="share"] .launcher')).toBeVisible();
  await expect.poll(() => launcherOffset(page, 'share', SHARE_EDITOR)).not.toBeNull();
  const atRest = await launcherOffset(page, 'share', SHARE_EDITOR);
  // Well past the first moments after mounting, when a launcher may still be settling.
  await page.waitForTimeout(1000);

  // The dialog moves (the panel inside it does not move with it: it is fixed
  // to the viewport), and no resize or scroll event says so.
  await page.evaluate(() => {
    const modal = document.querySelector<HTMLElement>('.artdeco-modal');
    if (modal) Object.assign(modal.style, { position: 'relative', left: '70px', top: '40px' });
  });
  await expect.poll(() => launcherOffset(page, 'share', SHARE_EDITOR)).toEqual(atRest);

  // The editor gets narrower (the site's layout changes): its right edge moves.
  await page.evaluate((selector) => {
    const editor = document.querySelector<HTMLElement>(selector);
    if (editor) editor.style.width = '260px';
  }, SHARE_EDITOR);
  await expect.poll(() => launcherOffset(page, 'share', SHARE_EDITOR)).toEqual(atRest);

  // The editor grows as the person writes; the centred dialog grows with it.
  const before = await page.locator(SHARE_EDITOR).boundingBox();
  await page.locator(SHARE_EDITOR).click();
  for (let line = 0; line < 6; line++) await page.keyboard.type(`Line ${line}\n`);
  const after = await page.locator(SHARE_EDITOR).boundingBox();
  expect(after?.height).toBeGreaterThan(before?.height ?? 0);
  await expect.poll(() => launcherOffset(page, 'share', SHARE_EDITOR)).toEqual(atRest);
});
