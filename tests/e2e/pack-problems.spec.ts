import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Pack } from '../../lib/pack';
import { expect, test } from './extension';
import { acmePack, item, makeSigner } from './pack-fixtures';
import { type PackServer, startPackServer } from './pack-server';
import { LINKEDIN_FEED } from './replicas';

// A pack whose own item breaks its own link rule. Inserted and left as it is,
// the finding is the pack's: the person sees no warning for it, and the popup
// and the options page report it as a pack problem. The same text typed by
// the person is still flagged as theirs.

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const message = (key: string) => en[key]?.message ?? key;

const LINK = 'https://acme.example/launch?utm_source=chorus&utm_medium=advocacy';

function brokenPack(): Pack {
  const launch = item('acme-launch', 'Acme launches the hydro line');
  const text = `Acme launches the hydro line. Read more: ${LINK} #Acme`;
  return {
    ...acmePack(1, [{ ...launch, text: { linkedin: text, x: text } }]),
    guidelines: {
      policyUrl: 'https://acme.example/policy',
      contact: { name: 'Acme Comms' },
      rules: [
        {
          id: 'link-tracking',
          kind: 'links',
          severity: 'warning',
          trackedDomains: ['acme.example'],
          requiredParams: { utm_medium: 'employee-advocacy' },
          message: { en: 'Add the campaign tracking to {found}.' },
          messages: { paramValue: { en: 'Use {expected} on {found}.' } },
        },
      ],
    },
  } as Pack;
}

let server: PackServer;

test.beforeEach(async ({ context }) => {
  server = await startPackServer();
  await context.route(`${server.origin}/**`, (route) => route.continue());
});

test.afterEach(async () => {
  await server.close();
});

async function shareDialog(page: Page) {
  await page.bringToFront();
  await page.goto(LINKEDIN_FEED);
  await page.getByRole('button', { name: 'Start a post' }).click();
  return page.locator('chorus-assistant[data-surface="share"]');
}

test('an inserted item that breaks its own pack is the pack’s problem, not the person’s', async ({ context, extensionId, page }) => {
  const signer = await makeSigner();
  server.serve({ kind: 'pack', body: await signer.sign(brokenPack()), etag: '"v1"' });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: message('optionsAddKey') }).click();
  await options.locator('fieldset.trusted-key input[name="keyId"]').last().fill(signer.keyId);
  await options.locator('fieldset.trusted-key textarea[name="publicKey"]').last().fill(signer.publicKey);
  await options.locator('textarea[name="packUrls"]').fill(server.url);
  await options.getByRole('button', { name: message('optionsSaveSync') }).click();
  await expect(options.locator('.pack-source').first()).toContainText('version 1 of');

  await test.step('typed by the person, the link is flagged', async () => {
    const host = await shareDialog(page);
    await page.locator('[role="dialog"] .ql-editor').click();
    await page.keyboard.type(`Look: ${LINK}`);
    await expect(host.locator('.launcher-issues')).toBeVisible();
  });

  await test.step('inserted by Chorus and unchanged, it is not shown to the person', async () => {
    const host = await shareDialog(page);
    await host.locator('.launcher').click();
    await host.locator('.card', { hasText: 'Acme launches the hydro line' }).locator('.card-insert').click();
    await expect.poll(() => page.locator('[role="dialog"] .ql-editor').textContent()).toContain(LINK);
    // The check ran (the pack problem is recorded) and nothing is counted against the person.
    await expect
      .poll(async () => {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        const text = await popup.locator('.pack-problems').textContent({ timeout: 2_000 }).catch(() => null);
        await popup.close();
        return text;
      })
      .toContain(message('packProblemsTitle'));
    await expect(host.locator('.launcher-issues')).toHaveCount(0);
    await expect(page.locator('chorus-assistant[data-surface="share"] .check')).toHaveCount(0);
  });

  await test.step('the options page names the item and the rule', async () => {
    await options.bringToFront();
    await options.reload();
    const row = options.locator('.pack-problems li');
    await expect(row).toContainText('Acme launches the hydro line');
    await expect(row).toContainText('acme-launch');
    await expect(row).toContainText('link-tracking');
    await expect(row).toContainText('LinkedIn');
  });
});
