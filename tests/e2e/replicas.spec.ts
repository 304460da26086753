import { type Browser, test as base, chromium, expect, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium-path.mjs';
import { editorTexts, LINKEDIN_FEED, postedOn, routeReplicas, X_HOME } from './replicas';

// The replica pages on their own, in plain Chromium with no extension: they
// must behave like the real composers (SITES.md, TOOLCHAIN.md), or the
// extension's end-to-end tests prove nothing. In particular the editors' own
// models decide what Post sends, and each editor takes script-inserted text
// the way the real one does (Quill 1: execCommand yes, synthetic paste no;
// Draft.js: synthetic paste yes).

interface Fixtures {
  /** Requests the page made to anything but the replica hosts. */
  outside: string[];
  /** Uncaught page errors (a React crash, a Quill exception). */
  errors: string[];
}

const test = base.extend<Fixtures, { replicaBrowser: Browser }>({
  replicaBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  outside: async ({}, use) => {
    await use([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  errors: async ({}, use) => {
    await use([]);
  },
  context: async ({ replicaBrowser, outside }, use) => {
    const context = await replicaBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    await routeReplicas(context, (url) => outside.push(url));
    await use(context);
    await context.close();
  },
  page: async ({ context, errors }, use) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
  },
});

test.afterEach(({ errors, outside }) => {
  expect(errors, 'uncaught page errors').toEqual([]);
  expect(outside, 'requests to other hosts').toEqual([]);
});

const MIXED = 'Hej æøå, Привет 🎉';
const TWO_LINES = 'Hej æøå\nПривет 🎉';

// ------------------------------------------------------------------ in-page helpers

/**
 * With the caret in an editor: types spaces only (Post must stay disabled),
 * deletes them, then types TWO_LINES key by key (Post must become enabled).
 */
async function typeBlankThenTwoLines(page: Page, post: Locator): Promise<void> {
  await page.keyboard.type('   ');
  await expect(post).toBeDisabled();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Hej æøå');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Привет 🎉');
  await expect(post).toBeEnabled();
}

/** Inserts text the way a content script can in Quill 1: caret placed with a DOM
 * Range inside `.ql-editor`, then execCommand('insertText'). `at` is a character
 * offset into the first paragraph; without it the caret goes to the end.
 */
function execInsertIntoQuill(page: Page, editorSelector: string, text: string, at?: number): Promise<boolean> {
  return page.evaluate(
    ({ editorSelector, text, at }) => {
      const editor = document.querySelector<HTMLElement>(editorSelector);
      if (!editor) throw new Error(`no ${editorSelector}`);
      editor.focus();
      const range = document.createRange();
      const first = editor.firstChild?.firstChild;
      if (at !== undefined && first instanceof Text) {
        range.setStart(first, at);
      } else {
        range.selectNodeContents(editor.lastElementChild ?? editor);
        range.collapse(false);
      }
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return document.execCommand('insertText', false, text);
    },
    { editorSelector, text, at },
  );
}

/** A script-made paste: a ClipboardEvent carrying text/plain, dispatched on the focused editor. */
function pasteInto(page: Page, editorSelector: string, text: string): Promise<void> {
  return page.evaluate(
    ({ editorSelector, text }) => {
      const editor = document.querySelector<HTMLElement>(editorSelector);
      if (!editor) throw new Error(`no ${editorSelector}`);
      if (!editor.contains(document.activeElement)) editor.focus();
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    { editorSelector, text },
  );
}

/** The identity of a Quill instance: tags it on first sight, returns the tag. */
function quillTag(page: Page, containerSelector: string): Promise<string> {
  return page.evaluate((containerSelector) => {
    const container = document.querySelector(containerSelector) as (Element & { __quill?: { replicaTag?: string } }) | null;
    const quill = container?.__quill;
    if (!quill) throw new Error('no __quill on the container');
    quill.replicaTag ??= Math.random().toString(36).slice(2);
    return quill.replicaTag;
  }, containerSelector);
}

// ------------------------------------------------------------------ LinkedIn

const SHARE_EDITOR = '[role="dialog"] .share-creation-state__text-editor .ql-editor';
const COMMENT_EDITOR = '.feed-shared-update-v2 .comments-comment-box__form .ql-editor';

test.describe('LinkedIn replica', () => {
  test('serves the feed at the real URLs and aborts everything else', async ({ page, outside }) => {
    for (const url of [LINKEDIN_FEED, 'https://www.linkedin.com/feed/foryou/', 'https://www.linkedin.com/preload/']) {
      const response = await page.goto(url);
      expect(response?.headers()['content-type']).toContain('text/html');
      await expect(page.locator('button.share-box-feed-entry__trigger[aria-label="Start a post"]')).toBeVisible();
    }
    const type = await page.evaluate(async () => (await fetch('/__replica/feed.js')).headers.get('content-type'));
    expect(type).toContain('javascript');
    const blocked = await page.evaluate(() =>
      fetch('https://static.licdn.com/sc/h/whatever.js').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
    expect(outside).toEqual(['https://static.licdn.com/sc/h/whatever.js']);
    outside.length = 0;
  });

  test('the share dialog is created on open, removed on close, with a fresh Quill 1 each time', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted)).toEqual([]);

    await page.getByRole('button', { name: 'Start a post' }).click();
    const dialog = page.locator('div[role="dialog"][data-test-modal-id="sharebox"].artdeco-modal');
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Create a post' })).toBeVisible();
    const editor = page.locator(SHARE_EDITOR);
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(editor).toHaveAttribute('aria-label', 'Text editor for creating content');
    await expect(editor).toHaveAttribute('aria-multiline', 'true');
    await expect(editor).toHaveAttribute('data-placeholder', 'What do you want to talk about?');
    await expect(editor).toHaveClass(/\bql-blank\b/);
    await expect(page.locator('[role="dialog"] .share-creation-state__text-editor .editor-content.ql-container > .ql-editor')).toHaveCount(1);
    // Quill 1's hidden paste target is contenteditable too: adapters must pick .ql-editor.
    await expect(page.locator('[role="dialog"] .ql-clipboard[contenteditable="true"]')).toHaveCount(1);
    await expect(editor).toBeFocused();
    await expect(page.locator('button.share-actions__primary-action')).toBeDisabled();
    const firstQuill = await quillTag(page, '[role="dialog"] .ql-container');
    expect(await editorTexts(page)).toMatchObject({ share: '' });

    await page.locator('[role="dialog"] button[aria-label="Dismiss"]').click();
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    await expect(page.locator('.artdeco-modal-overlay')).toHaveCount(0);
    expect(await editorTexts(page)).not.toHaveProperty('share');

    await page.getByRole('button', { name: 'Start a post' }).click();
    await expect(dialog).toBeVisible();
    expect(await quillTag(page, '[role="dialog"] .ql-container')).not.toBe(firstQuill);
    await page.keyboard.press('Escape');
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  });

  test('typing enables Post; Post sends Quill’s text and closes the dialog', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    const editor = page.locator(SHARE_EDITOR);
    const post = page.locator('button.share-actions__primary-action');
    await editor.click();
    await typeBlankThenTwoLines(page, post);
    await expect(editor).not.toHaveClass(/\bql-blank\b/);
    expect(await editorTexts(page)).toMatchObject({ share: TWO_LINES });
    await post.click();
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    expect(await postedOn(page)).toEqual([{ surface: 'share', text: TWO_LINES }]);
  });

  test('execCommand insertText reaches Quill 1’s model: empty draft, then mid-text', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    const post = page.locator('button.share-actions__primary-action');

    expect(await execInsertIntoQuill(page, SHARE_EDITOR, 'Start slut')).toBe(true);
    // Quill 1 reads the change through its MutationObserver: a microtask later.
    await expect.poll(() => editorTexts(page)).toMatchObject({ share: 'Start slut' });
    await expect(post).toBeEnabled();

    expect(await execInsertIntoQuill(page, SHARE_EDITOR, `${MIXED} `, 'Start '.length)).toBe(true);
    await expect.poll(() => editorTexts(page)).toMatchObject({ share: `Start ${MIXED} slut` });
    await post.click();
    expect(await postedOn(page)).toEqual([{ surface: 'share', text: `Start ${MIXED} slut` }]);
  });

  test('a script-made paste inserts nothing into Quill 1, as on linkedin.com', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    await pasteInto(page, SHARE_EDITOR, MIXED);
    await page.waitForTimeout(100); // Quill 1 reads its hidden clipboard element after a timeout.
    expect(await editorTexts(page)).toMatchObject({ share: '' });
    await expect(page.locator('button.share-actions__primary-action')).toBeDisabled();
  });

  test('comment box: Comment follows Quill, posts its text and clears the editor', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    const form = page.locator('.feed-shared-update-v2').first().locator('.comments-comment-box__form');
    const editor = form.locator('.comments-comment-texteditor .ql-editor');
    const submit = form.locator('button.comments-comment-box__submit-button');
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(editor).toHaveAttribute('aria-label', 'Add a comment…');
    await expect(editor).toHaveAttribute('data-placeholder', 'Add a comment…');
    await expect(submit).toBeDisabled();

    await editor.click();
    await page.keyboard.type('Tillykke! 🎉');
    await expect(submit).toBeEnabled();
    await submit.click();
    expect(await postedOn(page)).toEqual([{ surface: 'comment', text: 'Tillykke! 🎉' }]);
    await expect(editor).toHaveClass(/\bql-blank\b/);
    await expect(submit).toBeDisabled();
    expect(Object.values(await editorTexts(page))).toEqual(['']);

    expect(await execInsertIntoQuill(page, COMMENT_EDITOR, 'Привет')).toBe(true);
    await expect(submit).toBeEnabled();
    await submit.click();
    expect((await postedOn(page)).at(-1)).toEqual({ surface: 'comment', text: 'Привет' });
  });

  test('a post’s Comment button creates its comment box (a new Quill)', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await expect(page.locator('.comments-comment-box__form')).toHaveCount(1);
    await page.locator('.feed-shared-update-v2').nth(1).getByRole('button', { name: 'Comment' }).click();
    await expect(page.locator('.comments-comment-box__form .ql-editor[role="textbox"]')).toHaveCount(2);
    expect(Object.keys(await editorTexts(page)).sort()).toEqual([
      'comment:urn:li:activity:7301000000000000001',
      'comment:urn:li:activity:7301000000000000002',
    ]);
  });

  test('single-page navigation: leaving the feed removes its composers, Back brings them', async ({ page }) => {
    await page.goto(LINKEDIN_FEED);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await page.getByRole('button', { name: 'Start a post' }).click();
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
    await page.keyboard.press('Escape');

    await page.locator('a.global-nav__primary-link[href="/in/sofie-lund/"]').click();
    await expect(page).toHaveURL('https://www.linkedin.com/in/sofie-lund/');
    await expect(page.locator('h1')).toHaveText('Sofie Lund');
    await expect(page.locator('.ql-editor')).toHaveCount(0);
    await expect(page.locator('button.share-box-feed-entry__trigger')).toHaveCount(0);
    expect(await editorTexts(page)).toEqual({});

    await page.goBack();
    await expect(page).toHaveURL(LINKEDIN_FEED);
    await expect(page.locator('button.share-box-feed-entry__trigger')).toBeVisible();
    await expect(page.locator('.comments-comment-box__form .ql-editor')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test('?shareActive=true opens the share dialog on load', async ({ page }) => {
    await page.goto(`${LINKEDIN_FEED}?shareActive=true`);
    await expect(page.locator('[role="dialog"][data-test-modal-id="sharebox"] .ql-editor')).toBeFocused();
  });
});

// ------------------------------------------------------------------ X

const INLINE_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const DIALOG_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';

function counter(page: Page, scope = '[data-testid="primaryColumn"]') {
  return page.locator(`${scope} [data-testid="replica-counter"]`);
}

test.describe('X replica', () => {
  test('serves home at x.com and twitter.com, with Draft.js where X has it', async ({ page }) => {
    for (const url of [X_HOME, 'https://twitter.com/home']) {
      const response = await page.goto(url);
      expect(response?.headers()['content-type']).toContain('text/html');
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
      const editor = page.locator(
        'div[data-testid="tweetTextarea_0RichTextInputContainer"] .DraftEditor-root .public-DraftEditor-content[contenteditable="true"][role="textbox"][data-testid="tweetTextarea_0"]',
      );
      await expect(editor).toHaveCount(1);
      await expect(editor).toHaveAttribute('aria-label', 'Post text');
      await expect(editor).toHaveAttribute('aria-multiline', 'true');
      await expect(page.locator('.public-DraftEditorPlaceholder-root')).toHaveText("What's happening?");
      const post = page.locator('[data-testid="tweetButtonInline"]');
      await expect(post).toBeDisabled();
      await expect(post).toHaveAttribute('aria-disabled', 'true');
      await expect(page.locator('article[data-testid="tweet"]')).toHaveCount(2);
      await expect(page.locator('a[data-testid="SideNav_NewTweet_Button"][href="/compose/post"][aria-label="Post"]')).toBeVisible();
    }
  });

  test('typing enables Post; the counter and Post follow the EditorState; Post clears it', async ({ page }) => {
    await page.goto(X_HOME);
    const post = page.locator('[data-testid="tweetButtonInline"]');
    await page.locator(INLINE_EDITOR).click();
    await typeBlankThenTwoLines(page, post);
    await expect(post).not.toHaveAttribute('aria-disabled', 'true');
    // 7 + newline + 7 + an emoji that weighs 2.
    await expect(counter(page)).toHaveAttribute('data-weighted-length', '17');
    await expect(counter(page)).toHaveAttribute('data-remaining', '263');
    expect(await editorTexts(page)).toEqual({ inline: TWO_LINES });
    await post.click();
    expect(await postedOn(page)).toEqual([{ surface: 'inline', text: TWO_LINES }]);
    expect(await editorTexts(page)).toEqual({ inline: '' });
    await expect(post).toBeDisabled();
    await expect(page.locator('.public-DraftEditorPlaceholder-root')).toHaveText("What's happening?");
  });

  test('a script-made paste reaches Draft’s model: empty draft, then at the caret', async ({ page }) => {
    await page.goto(X_HOME);
    await pasteInto(page, INLINE_EDITOR, 'Start slut');
    await expect.poll(() => editorTexts(page)).toEqual({ inline: 'Start slut' });
    await page.keyboard.press('End');
    for (let i = 0; i < 'slut'.length; i++) await page.keyboard.press('ArrowLeft');
    await pasteInto(page, INLINE_EDITOR, `${MIXED} `);
    await expect.poll(() => editorTexts(page)).toEqual({ inline: `Start ${MIXED} slut` });
    await page.locator('[data-testid="tweetButtonInline"]').click();
    expect(await postedOn(page)).toEqual([{ surface: 'inline', text: `Start ${MIXED} slut` }]);
  });

  test('twitter-text weighs the text: URLs 23, emoji and CJK 2; over 280 disables Post', async ({ page }) => {
    await page.goto(X_HOME);
    const post = page.locator('[data-testid="tweetButtonInline"]');
    const clear = async () => {
      await page.locator(INLINE_EDITOR).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
    };
    await pasteInto(page, INLINE_EDITOR, 'https://example.com/a/rather/long/path/that/is/longer/than/23');
    await expect(counter(page)).toHaveAttribute('data-weighted-length', '23');
    await clear();
    await pasteInto(page, INLINE_EDITOR, '漢字🎉');
    await expect(counter(page)).toHaveAttribute('data-weighted-length', '6');
    await clear();
    await pasteInto(page, INLINE_EDITOR, 'a'.repeat(280));
    await expect(counter(page)).toHaveAttribute('data-remaining', '0');
    await expect(post).toBeEnabled();
    await page.keyboard.type('b');
    await expect(counter(page)).toHaveAttribute('data-remaining', '-1');
    await expect(counter(page)).toContainText('-1');
    await expect(post).toBeDisabled();
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Backspace');
    await expect(post).toBeEnabled();
    await clear();
    await pasteInto(page, INLINE_EDITOR, '漢'.repeat(141));
    await expect(counter(page)).toHaveAttribute('data-remaining', '-2');
    await expect(post).toBeDisabled();
  });

  test('the side nav opens the compose modal by pushState; close, Back and Post close it', async ({ page }) => {
    await page.goto(X_HOME);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const dialog = page.locator('div[role="dialog"][aria-modal="true"]');
    const openModal = async () => {
      await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
      await expect(page).toHaveURL('https://x.com/compose/post');
      await expect(dialog).toHaveCount(1);
    };

    await openModal();
    await expect(page.locator(DIALOG_EDITOR)).toBeFocused();
    await expect(dialog.locator('.public-DraftEditorPlaceholder-root')).toHaveText("What's happening?");
    // Home stays mounted behind the modal, inline composer included.
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(2);
    await expect(dialog.locator('[data-testid="tweetButton"]')).toBeDisabled();
    await page.keyboard.type('Fra modalen 🎉');
    expect(await editorTexts(page)).toEqual({ inline: '', modal: 'Fra modalen 🎉' });
    await dialog.locator('[data-testid="tweetButton"]').click();
    expect(await postedOn(page)).toEqual([{ surface: 'modal', text: 'Fra modalen 🎉' }]);
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(X_HOME);

    await openModal();
    await dialog.locator('[data-testid="app-bar-close"][aria-label="Close"]').click();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(X_HOME);

    await openModal();
    await page.goBack();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(X_HOME);
    await page.goForward();
    await expect(dialog).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test('a deep link to /compose/post (or the old /compose/tweet) opens the modal over home', async ({ page }) => {
    await page.goto('https://x.com/compose/post');
    await expect(page.locator('[role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]')).toBeFocused();
    await expect(page.locator('article[data-testid="tweet"]')).toHaveCount(2);
    await page.goto('https://twitter.com/compose/tweet');
    await expect(page).toHaveURL('https://twitter.com/compose/post');
    await expect(page.locator('[role="dialog"] [data-testid="tweetButton"]')).toHaveText('Post');
  });

  test('reply opens a dialog with the same editor; Reply sends Draft’s text and removes it', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator('article[data-testid="tweet"]').nth(1).locator('[data-testid="reply"]').click();
    const dialog = page.locator('div[role="dialog"][aria-modal="true"]');
    await expect(dialog).toHaveCount(1);
    await expect(dialog.locator('.public-DraftEditorPlaceholder-root')).toHaveText('Post your reply');
    const reply = dialog.locator('[data-testid="tweetButton"]');
    await expect(reply).toHaveText('Reply');
    await expect(reply).toBeDisabled();
    await pasteInto(page, DIALOG_EDITOR, MIXED);
    await expect(reply).toBeEnabled();
    await expect(counter(page, '[role="dialog"]')).toHaveAttribute('data-weighted-length', '18');
    await reply.click();
    expect(await postedOn(page)).toEqual([{ surface: 'reply', text: MIXED }]);
    await expect(dialog).toHaveCount(0);
    expect(await editorTexts(page)).toEqual({ inline: '' });

    await page.locator('article[data-testid="tweet"] [data-testid="reply"]').first().click();
    await expect(dialog).toHaveCount(1);
    await dialog.locator('[data-testid="app-bar-close"]').click();
    await expect(dialog).toHaveCount(0);
  });

  test('leaving home by the side nav unmounts the inline composer', async ({ page }) => {
    await page.goto(X_HOME);
    await page.locator('[data-testid="AppTabBar_Explore_Link"]').click();
    await expect(page).toHaveURL('https://x.com/explore');
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(0);
    expect(await editorTexts(page)).toEqual({});
    await page.goBack();
    await expect(page.locator(INLINE_EDITOR)).toHaveCount(1);
  });
});

