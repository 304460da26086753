import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './extension';

// Composers the replicas do not show but real pages do: LinkedIn's hashed,
// translated markup with an editor that is not Quill, an editor re-created
// under the panel, an X thread with two composers, a second writing aid that
// hides events, a <textarea> comment box, a site that empties its editor by
// script. Each is a small page in tests/fixtures/variants/, served at a real
// URL so the content scripts' match patterns apply.

const VARIANTS = fileURLToPath(new URL('../fixtures/variants/', import.meta.url));
const LINKEDIN = 'https://www.linkedin.com/variants/';
const X = 'https://x.com/variants/';
/** Flagged by the sample guidelines as an unannounced code name (lib/rules/sample-rules.json). */
const CODE_NAME_DRAFT = 'Project Falcon ships';

/**
 * Serves tests/fixtures/variants/<name>.html at <site>/variants/<name>.html.
 * Routes added later run first, so these answer before the replica routes
 * the fixture set up for the whole of each host.
 */
async function serveVariants(context: BrowserContext): Promise<void> {
  for (const site of [LINKEDIN, X]) {
    await context.route(`${site}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice('/variants/'.length);
      // Only plain page names: nothing can climb out of the variants folder.
      if (!/^[\w-]+\.html$/.test(name)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(join(VARIANTS, name)) });
    });
  }
}

/** The test-only hooks the variant pages put on `window.__variant` (each page has some of them). */
interface VariantHooks {
  text(): string;
  texts(): string[];
  remountEditor(): void;
  seen(): { swallowedInputs: number; stoppedKeys: number };
  sent(): string[];
}
type Hooked = { __variant: VariantHooks };

/** The editor's text: a plain contenteditable has no model but its DOM, so this is what it would post. */
const editorText = (page: Page) => page.evaluate(() => (window as unknown as Hooked).__variant.text());

/** Line breaks come out of innerText as one or two newlines depending on the markup; compare words only. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text under each error underline (CSS Custom Highlight API). */
const errorUnderlines = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('chorus-error') as Set<AbstractRange> | undefined) ?? [])].map((range) => (range instanceof Range ? range.toString() : '')));

function assistant(page: Page, surface: string): Locator {
  return page.locator(`chorus-assistant[data-surface="${surface}"]`);
}

/**
 * Waits until the panel has its suggestions and guidelines: when they arrive
 * the draft is checked once, whatever it holds, so typing before then could
 * pass unnoticed changes off as noticed ones.
 */
async function waitUntilReady(host: Locator): Promise<void> {
  await expect(host.locator('.launcher-count')).toBeVisible();
}

/** Types the code-name draft where the caret is, then expects the error badge and its underline. */
async function typeCodeName(page: Page, host: Locator): Promise<void> {
  await page.keyboard.type(CODE_NAME_DRAFT);
  await expect(host.locator('.launcher-issues.severity-error')).toBeVisible();
  await expect.poll(() => errorUnderlines(page)).toContain('Project Falcon');
}

/** Inserts the panel's first suggestion, expects Chorus to call it a success, and returns its text. */
async function insertFirstCard(host: Locator): Promise<string> {
  await host.locator('.launcher').click();
  const card = host.locator('.card').first();
  await expect(card).toBeVisible();
  const text = (await card.locator('.card-text').textContent()) ?? '';
  expect(text.length).toBeGreaterThan(20);
  await card.locator('.card-insert').click();
  // Success closes the panel and leaves this note; a failed insert says so instead.
  await expect(host.locator('.toast.notice-success')).toBeVisible();
  return text;
}

/** The host whose launcher sits nearest `editor`: hosts mount asynchronously, so page order says nothing. */
async function assistantBeside(page: Page, editor: Locator): Promise<Locator> {
  const box = await editor.boundingBox();
  if (!box) throw new Error('editor not laid out');
  const hosts = page.locator('chorus-assistant');
  let nearest = { index: -1, distance: Number.POSITIVE_INFINITY };
  for (let index = 0; index < (await hosts.count()); index++) {
    const launcher = await hosts.nth(index).locator('.launcher').boundingBox();
    if (!launcher) continue;
    const distance = Math.abs(launcher.y + launcher.height / 2 - (box.y + box.height / 2));
    if (distance < nearest.distance) nearest = { index, distance };
  }
  expect(nearest.index, 'a launcher beside the editor').toBeGreaterThanOrEqual(0);
  return hosts.nth(nearest.index);
}

test.beforeEach(async ({ context }) => {
  await serveVariants(context);
});

test.describe('LinkedIn share dialog with hashed classes, a Danish label and a plain editor', () => {
  const PAGE = `${LINKEDIN}linkedin-hashed-share.html`;

  test('is found, flags the draft, inserts into it, and leaves with the dialog', async ({ page }) => {
    await page.goto(PAGE);
    const host = assistant(page, 'share');
    await expect(host).toHaveCount(1);
    await waitUntilReady(host);
    await page.getByRole('textbox', { name: 'Teksteditor til oprettelse af indhold' }).click();
    await typeCodeName(page, host);
    const text = await insertFirstCard(host);
    const draft = words(await editorText(page));
    expect(draft).toContain(CODE_NAME_DRAFT);
    expect(draft).toContain(words(text));
    await page.getByRole('button', { name: 'Luk' }).click();
    await expect(host).toHaveCount(0);
    // The highlight registry outlives the dialog: Chorus must clear it itself.
    await expect.poll(() => errorUnderlines(page)).toEqual([]);
  });

  test('an editor re-created three times leaves one panel, bound to the live editor', async ({ page }) => {
    await page.goto(PAGE);
    const hosts = page.locator('chorus-assistant');
    await expect(hosts).toHaveCount(1);
    // Separate evaluations, so Chorus sees each removal and addition: the first
    // replaces an editor whose panel is up, the next two arrive while the
    // previous new panel may still be mounting.
    for (let round = 0; round < 3; round++) await page.evaluate(() => (window as unknown as Hooked).__variant.remountEditor());
    await expect(hosts).toHaveCount(1);
    const host = assistant(page, 'share');
    await waitUntilReady(host);
    await page.getByRole('textbox', { name: 'Teksteditor til oprettelse af indhold' }).click();
    await typeCodeName(page, host);
    // One underline: none left over on a removed editor.
    expect(await errorUnderlines(page)).toEqual(['Project Falcon']);
    const text = await insertFirstCard(host);
    expect(words(await editorText(page))).toContain(words(text));
    // Still one after all that time: no late mount for a removed editor.
    await expect(hosts).toHaveCount(1);
  });
});

test('X thread with two composers: one panel each, an insert into the second leaves the first alone', async ({ page }) => {
  await page.goto(`${X}x-thread.html`);
  await expect(assistant(page, 'inline')).toHaveCount(2);
  const [first, second] = [page.getByTestId('tweetTextarea_0'), page.getByTestId('tweetTextarea_1')];
  const firstHost = await assistantBeside(page, first);
  const secondHost = await assistantBeside(page, second);
  await waitUntilReady(secondHost);
  await second.click();
  await typeCodeName(page, secondHost);
  // Also proves the two launchers belong to two different hosts.
  await expect(firstHost.locator('.launcher-issues')).toHaveCount(0);
  const text = await insertFirstCard(secondHost);
  const [firstText = '', secondText = ''] = await page.evaluate(() => (window as unknown as Hooked).__variant.texts());
  expect(words(secondText)).toContain(words(text));
  expect(words(secondText)).toContain(CODE_NAME_DRAFT);
  expect(words(firstText)).toBe('');
});

test('a second writing aid that stops Enter and swallows input events: checks and insert still work', async ({ page }) => {
  await page.goto(`${LINKEDIN}linkedin-writing-aid.html`);
  const host = assistant(page, 'share');
  await expect(host).toHaveCount(1);
  await waitUntilReady(host);
  await page.getByRole('textbox', { name: 'Text editor for creating content' }).click();
  await page.keyboard.type('Hej');
  await page.keyboard.press('Enter');
  await typeCodeName(page, host);
  // The aid really did hide the events from everyone after it.
  const seen = await page.evaluate(() => (window as unknown as Hooked).__variant.seen());
  expect(seen.swallowedInputs).toBeGreaterThan(0);
  expect(seen.stoppedKeys).toBe(1);
  const text = await insertFirstCard(host);
  const draft = words(await editorText(page));
  expect(draft).toContain(`Hej ${CODE_NAME_DRAFT}`);
  expect(draft).toContain(words(text));
  // Side by side, not instead: the other aid is still in place.
  await expect(page.locator('grammar-aid')).toHaveCount(1);
});

test('LinkedIn comment box as a <textarea>: found as a comment, flags the draft, inserts into its value', async ({ page }) => {
  await page.goto(`${LINKEDIN}linkedin-comment-textarea.html`);
  const host = assistant(page, 'comment');
  await expect(host).toHaveCount(1);
  await waitUntilReady(host);
  const textarea = page.getByRole('textbox', { name: 'Add a comment…' });
  await textarea.click();
  await page.keyboard.type(CODE_NAME_DRAFT);
  // No underlines here: highlights cannot reach the text inside a <textarea>.
  await expect(host.locator('.launcher-issues.severity-error')).toBeVisible();
  const text = await insertFirstCard(host);
  const value = await textarea.inputValue();
  expect(value).toContain(CODE_NAME_DRAFT);
  expect(value).toContain(text);
});

test('LinkedIn comment box as a <textarea>: one Ctrl+Z gives back the draft, Ctrl+Shift+Z the suggestion', async ({ page }) => {
  await page.goto(`${LINKEDIN}linkedin-comment-textarea.html`);
  const host = assistant(page, 'comment');
  await waitUntilReady(host);
  const textarea = page.getByRole('textbox', { name: 'Add a comment…' });
  await textarea.click();
  await page.keyboard.type('Tak! ');
  const text = await insertFirstCard(host);
  await expect(host.locator('.toast')).toBeVisible();
  const inserted = await textarea.inputValue();
  expect(inserted).toBe(`Tak! ${text}`);
  await expect(textarea).toBeFocused();
  await page.keyboard.press('Control+Z');
  await expect(textarea).toHaveValue('Tak! ');
  await page.keyboard.press('Control+Shift+Z');
  await expect(textarea).toHaveValue(inserted);
});

test('a comment box the site empties by script, with no input event: its findings go too', async ({ page }) => {
  await page.goto(`${LINKEDIN}linkedin-comment-cleared.html`);
  const host = assistant(page, 'comment');
  await expect(host).toHaveCount(1);
  await waitUntilReady(host);
  await page.getByRole('textbox', { name: 'Tilføj en kommentar…' }).click();
  await typeCodeName(page, host);
  await page.getByRole('button', { name: 'Kommentér' }).click();
  expect(await page.evaluate(() => (window as unknown as Hooked).__variant.sent())).toEqual([CODE_NAME_DRAFT]);
  expect(words(await editorText(page))).toBe('');
  await expect(host.locator('.launcher-issues')).toHaveCount(0);
  await expect.poll(() => errorUnderlines(page)).toEqual([]);
});
