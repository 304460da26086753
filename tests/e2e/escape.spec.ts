import type { Locator, Page } from '@playwright/test';
import { expect, test } from './extension';
import { pressOpenPanel } from './open-panel';
import { editorTexts, LINKEDIN_FEED, postedOn, X_HOME } from './replicas';
import { emulateWindow, windowOf } from './window';

// Escape and outside clicks belong to Chorus while its UI is open (issue 11,
// deliverable 2): an Escape in the panel, its search or a card closes that
// and puts the caret back in the draft, and never reaches the site, whose
// dialog stays open with the draft intact; a click outside the panel closes
// it and still does what it does on the site. With Chorus closed, Escape in
// the editor is the site's, as before (the replicas' dialogs close on it).

interface ComposerCase {
  name: string;
  surface: string;
  /** Opens the composer and returns its editor. */
  open: (page: Page) => Promise<Locator>;
  /** The site's dialog around the composer, if it has one. */
  dialog: string | null;
  /** Something of the site's in the composer's page or dialog that a click does nothing to. */
  elsewhere: string;
  /** A site button outside the open panel, and what clicking it does on the site. */
  outside: { button: string; clicked: (page: Page) => Promise<void> };
  /** The editor model's text (window.__replica.texts()). */
  text: (page: Page) => Promise<string | undefined>;
  /** The composer's own Post (Comment, Reply) button. */
  post: string;
}

const DRAFT = 'Hej verden';

/** The draft went out through the site's own Post (Comment, Reply) button. */
const posted = (surface: string) => async (page: Page) => {
  await expect.poll(async () => (await postedOn(page)).at(-1)).toEqual({ surface, text: DRAFT });
};

const linkedInComment = async (page: Page) => Object.entries(await editorTexts(page)).find(([key]) => key.startsWith('comment:'))?.[1];

const COMPOSERS: ComposerCase[] = [
  {
    name: 'LinkedIn share dialog',
    surface: 'share',
    async open(page) {
      await page.goto(LINKEDIN_FEED);
      await page.getByRole('button', { name: 'Start a post' }).click();
      return page.locator('[role="dialog"] .ql-editor');
    },
    dialog: '[role="dialog"]',
    elsewhere: '[role="dialog"] button.share-unified-settings-entry-button',
    outside: { button: 'button.share-actions__primary-action', clicked: posted('share') },
    text: async (page) => (await editorTexts(page)).share,
    post: 'button.share-actions__primary-action',
  },
  {
    name: 'LinkedIn comment box',
    surface: 'comment',
    async open(page) {
      await page.goto(LINKEDIN_FEED);
      return page.locator('.comments-comment-box .ql-editor').first();
    },
    dialog: null,
    elsewhere: '.update-components-text',
    outside: { button: 'button.comments-comment-box__submit-button', clicked: posted('comment') },
    text: linkedInComment,
    post: 'button.comments-comment-box__submit-button',
  },
  {
    name: 'X inline composer',
    surface: 'inline',
    async open(page) {
      await page.goto(X_HOME);
      return page.locator('[data-testid="tweetTextarea_0"]').first();
    },
    dialog: null,
    elsewhere: 'article[data-testid="tweet"] [data-testid="tweetText"]',
    // A site button outside the composer: the first post's Reply button,
    // which opens the reply dialog (Post itself is clicked at 125% below).
    outside: {
      button: 'article[data-testid="tweet"] [data-testid="reply"]',
      clicked: async (page) => {
        await expect(page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]')).toHaveCount(1);
      },
    },
    text: async (page) => (await editorTexts(page)).inline,
    post: '[data-testid="tweetButtonInline"]',
  },
  {
    name: 'X reply dialog',
    surface: 'reply',
    async open(page) {
      await page.goto(X_HOME);
      await page.locator('article[data-testid="tweet"] [data-testid="reply"]').first().click();
      return page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    },
    dialog: '[role="dialog"]',
    elsewhere: '[role="dialog"] [data-testid="tweetText"]',
    outside: { button: '[role="dialog"] [data-testid="tweetButton"]', clicked: posted('reply') },
    text: async (page) => (await editorTexts(page)).reply,
    post: '[role="dialog"] [data-testid="tweetButton"]',
  },
  {
    name: 'X modal composer',
    surface: 'modal',
    async open(page) {
      await page.goto(X_HOME);
      await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
      return page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    },
    dialog: '[role="dialog"]',
    elsewhere: '[role="dialog"] .r-dialog__drafts',
    outside: { button: '[role="dialog"] [data-testid="tweetButton"]', clicked: posted('modal') },
    text: async (page) => (await editorTexts(page)).modal,
    post: '[role="dialog"] [data-testid="tweetButton"]',
  },
];

const host = (page: Page, surface: string) => page.locator(`chorus-assistant[data-surface="${surface}"]`);

/** Opens the composer, writes the draft and leaves the caret after "Hej". */
async function startDraft(page: Page, composer: ComposerCase): Promise<Locator> {
  const editor = await composer.open(page);
  await editor.click();
  await page.keyboard.type(DRAFT);
  for (let i = 0; i < ' verden'.length; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => composer.text(page)).toBe(DRAFT);
  return editor;
}

/**
 * A point of the element that is the element's own (where the panel or its
 * list does not lie over it), so that the click lands outside Chorus.
 */
async function uncoveredPoint(target: Locator): Promise<{ x: number; y: number }> {
  const point = await target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (const fx of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      for (const fy of [0.5, 0.25, 0.75]) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && el.contains(hit)) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('Chorus lies over the whole of it');
  return point;
}

/** Where the draft's last character ends, on screen. */
function textEnd(editor: Locator): Promise<{ x: number; y: number }> {
  return editor.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent) last = node as Text;
    if (!last) throw new Error('empty editor');
    const range = document.createRange();
    range.setStart(last, last.length - 1);
    range.setEnd(last, last.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.right, y: rect.top + rect.height / 2 };
  });
}

/** The site's dialog is still there, the draft is intact, and the next key lands where the caret was. */
async function expectBackInDraft(page: Page, composer: ComposerCase, editor: Locator): Promise<void> {
  await expect(host(page, composer.surface).locator('.panel')).toHaveCount(0);
  if (composer.dialog) await expect(page.locator(composer.dialog)).toHaveCount(1);
  expect(await composer.text(page)).toBe(DRAFT);
  await expect(editor).toBeFocused();
  await page.keyboard.type('!');
  await expect.poll(() => composer.text(page)).toBe('Hej! verden');
}

for (const composer of COMPOSERS) {
  test.describe(composer.name, () => {
    test('at a 1024 px window and 125% zoom, with the panel open: Escape leaves the site alone, and a real click on Post posts the draft', async ({ page }) => {
      await emulateWindow(page, windowOf(1024, 1.25));
      const editor = await startDraft(page, composer);
      const assistant = host(page, composer.surface);
      await assistant.locator('.launcher').click();
      await expect(assistant.locator('.panel')).toBeVisible();
      await page.keyboard.press('Escape');
      await expectBackInDraft(page, composer, editor);
      // Open again: Post stays clear of the panel, and the click is the site's.
      await assistant.locator('.launcher').click();
      await expect(assistant.locator('.panel')).toBeVisible();
      const post = page.locator(composer.post);
      await post.scrollIntoViewIfNeeded();
      const box = await post.boundingBox();
      if (!box) throw new Error(`${composer.post} is not on screen`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(async () => (await postedOn(page)).at(-1)).toEqual({ surface: composer.surface, text: 'Hej! verden' });
    });

    test('opened by mouse, Escape with the caret still in the draft closes the panel only', async ({ page }) => {
      const editor = await startDraft(page, composer);
      await host(page, composer.surface).locator('.launcher').click();
      await expect(host(page, composer.surface).locator('.panel')).toBeVisible();
      await page.keyboard.press('Escape');
      await expectBackInDraft(page, composer, editor);
    });

    test('opened by mouse, Escape in its search closes the panel only', async ({ page }) => {
      const editor = await startDraft(page, composer);
      const assistant = host(page, composer.surface);
      await assistant.locator('.launcher').click();
      await assistant.locator('.panel-search').click();
      await page.keyboard.type('wind');
      await expect(assistant.locator('.panel-search')).toHaveValue('wind');
      await page.keyboard.press('Escape');
      await expectBackInDraft(page, composer, editor);
    });

    test('opened by the shortcut, Escape in its search closes the panel only', async ({ page, worker }) => {
      const editor = await startDraft(page, composer);
      expect(await pressOpenPanel(worker, page)).toEqual({ opened: true });
      const search = host(page, composer.surface).locator('.panel-search');
      await expect(search).toBeFocused();
      await page.keyboard.press('Escape');
      await expectBackInDraft(page, composer, editor);
    });

    test('a click outside closes the panel, and the site’s button still gets it', async ({ page }) => {
      await startDraft(page, composer);
      const assistant = host(page, composer.surface);
      await assistant.locator('.launcher').click();
      await expect(assistant.locator('.panel')).toBeVisible();
      const button = page.locator(composer.outside.button).first();
      await expect(button).toBeEnabled();
      const point = await uncoveredPoint(button);
      await page.mouse.click(point.x, point.y);
      await expect(assistant.locator('.panel')).toHaveCount(0);
      await composer.outside.clicked(page);
    });

    test('a click elsewhere on the site closes the panel; the dialog and the draft stay', async ({ page }) => {
      await startDraft(page, composer);
      const assistant = host(page, composer.surface);
      await assistant.locator('.launcher').click();
      await expect(assistant.locator('.panel')).toBeVisible();
      const point = await uncoveredPoint(page.locator(composer.elsewhere).first());
      await page.mouse.click(point.x, point.y);
      await expect(assistant.locator('.panel')).toHaveCount(0);
      if (composer.dialog) await expect(page.locator(composer.dialog)).toHaveCount(1);
      expect(await composer.text(page)).toBe(DRAFT);
    });

    test('a click in the draft is not outside: the panel stays, the caret goes where it was clicked', async ({ page }) => {
      const editor = await startDraft(page, composer);
      const assistant = host(page, composer.surface);
      await assistant.locator('.launcher').click();
      await expect(assistant.locator('.panel')).toBeVisible();
      const end = await textEnd(editor);
      await page.mouse.click(end.x + 2, end.y);
      await page.keyboard.type('!');
      await expect.poll(() => composer.text(page)).toBe(`${DRAFT}!`);
      await expect(assistant.locator('.panel')).toBeVisible();
    });

    if (composer.dialog) {
      const dialog = composer.dialog;
      test('with Chorus closed, Escape in the editor still reaches the site', async ({ page }) => {
        const editor = await composer.open(page);
        await editor.click();
        await page.keyboard.type(DRAFT);
        await expect(page.locator(dialog)).toHaveCount(1);
        await page.keyboard.press('Escape');
        await expect(page.locator(dialog)).toHaveCount(0);
      });
    }
  });
}

test.describe('finding card', () => {
  const share = COMPOSERS[0] as ComposerCase;
  const FLAGGED = '#employee Hej Windpilot';

  async function cardAtCaret(page: Page): Promise<{ editor: Locator; card: Locator }> {
    const editor = await share.open(page);
    await editor.click();
    await page.keyboard.type(FLAGGED);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('chorus-warning')?.size ?? 0)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const card = host(page, 'share').locator('.finding-card');
    await expect(card).toBeVisible();
    return { editor, card };
  }

  test('Escape with the card at the caret closes the card, not the dialog', async ({ page }) => {
    const { editor, card } = await cardAtCaret(page);
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
    await expect(editor).toBeFocused();
    expect(await share.text(page)).toBe(FLAGGED);
    await page.keyboard.type('!');
    await expect.poll(() => share.text(page)).toBe('#employee Hej Windpil!ot');
  });

  test('Escape with focus on the card’s button closes the card and goes back to the draft', async ({ page }) => {
    const { editor, card } = await cardAtCaret(page);
    await card.locator('.finding-ignore').focus();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
    await expect(editor).toBeFocused();
    await page.keyboard.type('!');
    await expect.poll(() => share.text(page)).toBe('#employee Hej Windpil!ot');
  });
});

test.describe('card beside Post', () => {
  const reply = COMPOSERS[3] as ComposerCase;
  // A code name (no fix) and no disclosure (a fix: a button in the card).
  const ERRORS = 'Project Falcon ships in Q3, mail anna.jensen@gmail.com Windpilot';

  async function prePostCard(page: Page): Promise<{ editor: Locator; card: Locator }> {
    const editor = await reply.open(page);
    await editor.click();
    await page.keyboard.type(ERRORS);
    await expect(host(page, 'reply').locator('.launcher-issues.severity-error')).toBeVisible();
    await page.locator(reply.outside.button).hover();
    const card = host(page, 'reply').locator('.prepost-card');
    await expect(card.locator('.check-fix')).toBeVisible();
    return { editor, card };
  }

  test('Escape while it shows closes it, not the reply dialog', async ({ page }) => {
    const { editor, card } = await prePostCard(page);
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
    await expect(editor).toBeFocused();
    expect(await reply.text(page)).toBe(ERRORS);
  });

  test('Escape with focus on one of its buttons closes it and goes back to the draft', async ({ page }) => {
    const { editor, card } = await prePostCard(page);
    await card.locator('.check-fix').first().focus();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
    await expect(editor).toBeFocused();
    await page.keyboard.type('!');
    await expect.poll(() => reply.text(page)).toBe(`${ERRORS}!`);
  });
});
