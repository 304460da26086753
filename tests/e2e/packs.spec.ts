import { docShot } from './doc-shot';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { Status } from '../../lib/messaging';
import { expect, test } from './extension';
import { acmePack, item, makeSigner, type PackSigner, tampered } from './pack-fixtures';
import { type PackServer, startPackServer } from './pack-server';
import { LINKEDIN_FEED } from './replicas';

// Content packs from the outside: the built extension in Chromium syncs a
// signed pack from a local server, configured through the options page, and
// the panel on the LinkedIn replica shows what was stored. Updates, a 304, a
// tampered and a malformed pack, and a server that is down follow; the last
// good pack stays in force throughout. Then file import, signed and unsigned.

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const message = (key: string) => en[key]?.message ?? key;

// The extension API inside the page or worker (Node's types do not know it);
// repeated inside each evaluate, which runs there and sees nothing from here.
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { get(name: string): Promise<unknown> };
}

const V1 = [item('acme-welcome', 'Acme welcomes the autumn interns')];
const V2 = [...V1, item('acme-factory', 'Acme opens its second factory')];

let server: PackServer;
let signer: PackSigner;

test.beforeEach(async ({ context, recorder }) => {
  server = await startPackServer();
  // Chromium itself logs a failed fetch of the stopped server; that one is expected.
  recorder.allowed.push(server.origin, 'ERR_CONNECTION_REFUSED');
  signer = await makeSigner();
  // Routes added later win over routeReplicas' catch-all: let the service
  // worker reach this one local server, and nothing else.
  await context.route(`${server.origin}/**`, (route) => route.continue());
});

test.afterEach(async () => {
  await server.close();
});

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: message('optionsTitle') })).toBeVisible();
  return options;
}

async function addTrustedKey(options: Page, keyId: string, publicKey: string) {
  await press(options, 'optionsAddKey');
  await options.locator('fieldset.trusted-key input[name="keyId"]').last().fill(keyId);
  await options.locator('fieldset.trusted-key textarea[name="publicKey"]').last().fill(publicKey);
}

/** Card titles in the panel beside LinkedIn's share box, after a fresh page load. */
async function panelTitles(page: Page): Promise<string[]> {
  // A background tab gets no animation frames in time, which makes every click slow.
  await page.bringToFront();
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  const host = page.locator('chorus-assistant[data-surface="share"]');
  await host.locator('.launcher').click();
  // The filters appear with the answer from the background (not while loading).
  await expect(host.locator('.panel-filters')).toBeVisible();
  return host.locator('.card-title').allTextContents();
}

/** Clicks a button in the options page, brought to the front first (see panelTitles). */
async function press(options: Page, key: string) {
  await options.bringToFront();
  await options.getByRole('button', { name: message(key) }).click();
}

function sourceRow(options: Page) {
  return options.locator('.pack-source').first();
}

test('a pack URL: v1, v2, a 304, a tampered v3 and a malformed v4 refused, a server down; v2 stays', async ({ context, extensionId, page, worker }) => {
  server.serve({ kind: 'pack', body: await signer.sign(acmePack(1, V1)), etag: '"v1"' });
  const options = await openOptions(context, extensionId);
  // Before any source, the bundled sample pack is what Chorus shows.
  await expect(options.locator('.pack-bundled')).toHaveText(message('packBundled'));

  await test.step('configure the URL and key in the options page; v1 arrives', async () => {
    await addTrustedKey(options, signer.keyId, signer.publicKey);
    await options.locator('textarea[name="packUrls"]').fill(server.url);
    await press(options, 'optionsSaveSync');
    await expect(sourceRow(options)).toContainText('Acme Corp');
    await expect(sourceRow(options)).toContainText('version 1 of');
    expect(await panelTitles(page)).toEqual(['Acme welcomes the autumn interns']);
  });

  await test.step('v2: the panel shows the new item', async () => {
    server.serve({ kind: 'pack', body: await signer.sign(acmePack(2, V2)), etag: '"v2"' });
    await press(options, 'optionsSyncNow');
    await expect(sourceRow(options)).toContainText('version 2 of');
    expect((await panelTitles(page)).sort()).toEqual(['Acme opens its second factory', 'Acme welcomes the autumn interns']);
  });

  await test.step('unchanged: the server answers 304 to If-None-Match', async () => {
    await press(options, 'optionsSyncNow');
    await expect.poll(() => server.log.at(-1)).toEqual({ ifNoneMatch: '"v2"', status: 304 });
    await expect(sourceRow(options)).toContainText('version 2 of');
    await expect(options.locator('.pack-error')).toHaveCount(0);
  });

  await test.step('a tampered v3 is refused with its message; v2 kept', async () => {
    server.serve({ kind: 'pack', body: await tampered(signer, acmePack(3, [...V2, item('acme-fake', 'Acme fake news')])), etag: '"v3"' });
    await press(options, 'optionsSyncNow');
    const error = options.locator('.pack-error');
    await expect(error).toContainText(`Acme Corp could not update: ${message('packError_signature_mismatch')}`);
    await expect(error).toContainText('Still using version 2 of');
    expect(await panelTitles(page)).not.toContain('Acme fake news');
  });

  await test.step('a malformed v4 is refused with its message; v2 kept', async () => {
    server.serve({ kind: 'pack', body: '{"format": "chorus-pack-envelope", "keyId": "acme-2026", "pack": {', etag: '"v4"' });
    await press(options, 'optionsSyncNow');
    await expect(options.locator('.pack-error')).toContainText(message('packError_not_json'));
    await expect(options.locator('.pack-error')).toContainText('Still using version 2 of');
  });

  await test.step('the server is down: backoff, v2 kept', async () => {
    await server.close();
    const before = Date.now();
    await press(options, 'optionsSyncNow');
    await expect(options.locator('.pack-error')).toContainText(message('packError_network'));
    await expect(options.locator('.pack-next')).toContainText('(3 failed in a row)');
    const status = (await options.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({ type: 'getStatus', payload: {} }))) as Status;
    const source = status.sources[0];
    expect(source?.installed?.version).toBe(2);
    expect(source?.failures).toBe(3);
    // Third failure: a delay between the 30 s floor and the 4-minute bound.
    expect(source?.nextAttemptAt).toBeGreaterThanOrEqual(before + 30_000);
    expect(source?.nextAttemptAt).toBeLessThanOrEqual(Date.now() + 4 * 60_000);
    // The alarm that will retry is set for that moment.
    const alarm = (await worker.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.alarms.get('chorus-pack-sync'))) as { scheduledTime: number } | undefined;
    expect(alarm?.scheduledTime).toBeCloseTo(source?.nextAttemptAt ?? 0, -3);
    expect((await panelTitles(page)).sort()).toEqual(['Acme opens its second factory', 'Acme welcomes the autumn interns']);
    await options.bringToFront();
    await options.screenshot({ path: docShot('options-packs.png'), fullPage: true });
  });

  await test.step('the popup shows the same status and error', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('.pack-error')).toContainText(`Acme Corp could not update: ${message('packError_network')}`);
    await expect(popup.locator('.pack-error')).toContainText('Still using version 2 of');
    await expect(popup.locator('.items')).toHaveText('2 posts ready to share');
  });
});

test('file import: a signed pack is taken, a bad file and an unsigned one are refused with a message', async ({ context, extensionId, page }) => {
  const options = await openOptions(context, extensionId);
  const notice = options.locator('.pack-import .notice');
  await addTrustedKey(options, signer.keyId, signer.publicKey);
  await press(options, 'optionsSaveSync');
  await expect(options.locator('.field-error')).toHaveCount(0);

  await test.step('a file that is not a pack is refused', async () => {
    await options.locator('input[name="packFile"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(notice).toContainText(`The file was not imported: ${message('packError_not_envelope')}`);
  });

  await test.step('a signed pack by the file picker', async () => {
    const team = await signer.sign(acmePack(1, [item('sales-webinar', 'Join the Acme sales webinar')], 'acme-sales'));
    await options.locator('input[name="packFile"]').setInputFiles({ name: 'sales.json', mimeType: 'application/json', buffer: Buffer.from(team) });
    await expect(notice).toHaveText('Imported Acme Sales Team, version 1 (1 posts).');
    await expect(sourceRow(options)).toContainText('Acme Sales Team');
    expect(await panelTitles(page)).toEqual(['Join the Acme sales webinar']);
  });

  const unsigned = JSON.stringify(acmePack(2, [item('sales-draft', 'Draft: the sales kick-off')], 'acme-sales'));
  await test.step('an unsigned pack dropped on the page is refused without the developer setting', async () => {
    await dropFile(options, 'draft.json', unsigned);
    await expect(notice).toContainText(message('packError_unsigned'));
  });

  await test.step('with the developer setting, the unsigned pack is taken', async () => {
    await options.bringToFront();
    await options.getByLabel(message('optionsAllowUnsigned')).check();
    await press(options, 'optionsSaveSync');
    await expect(options.getByRole('button', { name: message('optionsSyncNow') })).toBeEnabled();
    await dropFile(options, 'draft.json', unsigned);
    await expect(notice).toHaveText('Imported Acme Sales Team, version 2 (1 posts).');
    expect(await panelTitles(page)).toEqual(['Draft: the sales kick-off']);
  });
});

/** What a drag and drop from the desktop delivers: a drop event carrying a File. */
async function dropFile(options: Page, name: string, text: string) {
  await options.locator('.drop-zone').evaluate(
    (zone, { name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}
