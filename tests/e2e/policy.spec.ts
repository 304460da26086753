import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { EXTENSION_DIR, expectNothingWrong, launchWithExtension, type Recorder } from './extension';
import { extensionIdFromKey, freshManifestKey } from './extension-id';
import { acmePack, item, makeSigner } from './pack-fixtures';
import { startPackServer } from './pack-server';
import { LINKEDIN_FEED } from './replicas';

// Managed policy, the real way: Chromium on Linux reads policy files from
// /etc/chromium/policies/managed/, with an extension's policy under
// 3rdparty.extensions.<id>. The test writes one, for a copy of the build with
// a fresh manifest key, so the policy names an id no other Chromium on this
// machine loads (other runs in the same tree stay unaffected), and removes
// the file and any folder it made. Where the folder cannot be written (not
// root, not Linux) the test is skipped; tests/unit/background/policy.test.ts covers the
// reading code against a fake storage.managed either way.

const POLICY_DIR = '/etc/chromium/policies/managed';
const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

function canWritePolicy(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0;
}

/** Creates the missing folders of `dir`, returning those it made, deepest first. */
function makeDirs(dir: string): string[] {
  const made: string[] = [];
  for (let at = dir; !existsSync(at); at = join(at, '..')) made.push(at);
  mkdirSync(dir, { recursive: true });
  return made;
}

const test = base.extend<{ recorder: Recorder }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  recorder: async ({}, use) => {
    await use({ errors: [], outside: [], allowed: [] });
  },
});

test('managed policy: pack URL, trusted key and team from a Chromium policy file, fetched on install', async ({ recorder }) => {
  test.skip(!canWritePolicy(), `needs root on Linux to write ${POLICY_DIR}`);
  const signer = await makeSigner('acme-policy');
  const server = await startPackServer();
  const sales = { ...item('acme-sales-only', 'For the sales team: the new price list'), audience: { teams: ['Sales'] } };
  server.serve({ kind: 'pack', body: await signer.sign(acmePack(7, [item('acme-all', 'Acme for everyone'), sales])), etag: '"p7"' });

  const copy = mkdtempSync(join(tmpdir(), 'chorus-policy-'));
  const key = freshManifestKey();
  const id = extensionIdFromKey(key);
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, key }));

  const madeDirs = makeDirs(POLICY_DIR);
  const policyFile = join(POLICY_DIR, `chorus-e2e-${id}.json`);
  const policy = { packUrls: [server.url], trustedKeys: [{ keyId: signer.keyId, publicKey: signer.publicKey }], team: 'Sales', syncIntervalMinutes: 30 };
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  const context = await launchWithExtension(copy, recorder).catch(async (error: unknown) => {
    rmSync(policyFile, { force: true });
    throw error;
  });
  try {
    await context.route(`${server.origin}/**`, (route) => route.continue());
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(id);

    // Nobody touched the options page: the install itself fetched the pack.
    await expect.poll(() => server.log.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(LINKEDIN_FEED);
    await page.getByRole('button', { name: 'Start a post' }).click();
    const host = page.locator('chorus-assistant[data-surface="share"]');
    await host.locator('.launcher').click();
    await expect(host.locator('.panel-filters')).toBeVisible();
    // The team-only item shows because the policy set the team.
    expect((await host.locator('.card-title').allTextContents()).sort()).toEqual(['Acme for everyone', 'For the sales team: the new price list']);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.locator('.pack-source')).toContainText(en.packByPolicy?.message ?? '');
    await expect(options.locator('.pack-source')).toContainText('version 7 of');
    // Pack URLs and trusted keys are shown as the policy set them, not editable.
    await expect(options.locator('ul.read-only')).toHaveText([server.url, signer.keyId]);
    await expect(options.locator('input[name="team"]')).toHaveValue('Sales');
    await expect(options.locator('input[name="team"]')).toBeDisabled();
    await expect(options.locator('textarea[name="packUrls"]')).toHaveCount(0);
    expectNothingWrong(recorder);
  } finally {
    await context.close();
    await server.close();
    rmSync(policyFile, { force: true });
    for (const dir of madeDirs) rmdirSync(dir);
    rmSync(copy, { recursive: true, force: true });
  }
});
