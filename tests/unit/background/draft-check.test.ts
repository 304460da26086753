import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/background/db';
import { signPack } from '../../../lib/pack';
import { createHandlers } from '../../../lib/background/handlers';
import { makeItem, makePack } from '../pack/fixtures';
import { makeTestKey, type TestKey } from '../pack/keys';
import { makeWorld } from './service-deps';

// A pack whose own item breaks its own link rule: inserted unchanged, the
// finding is the pack's (reported in the status), not the person's.

const db = openDb('chorus-draft-check-test');
let key: TestKey;
beforeAll(async () => {
  key = await makeTestKey('acme-2026');
});
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const link = 'https://acme.example/launch?utm_source=chorus&utm_medium=advocacy';
const itemText = `Our launch is here.\nRead more: ${link}`;
const pack = makePack({
  id: 'acme',
  publisher: 'Acme',
  items: [makeItem({ id: 'launch', title: 'Launch day', text: { linkedin: itemText, x: itemText }, hashtags: [] })],
  guidelines: {
    policyUrl: 'https://acme.example/policy',
    contact: { name: 'Comms' },
    rules: [
      {
        id: 'link-tracking',
        kind: 'links',
        severity: 'warning',
        trackedDomains: ['acme.example'],
        requiredParams: { utm_medium: 'employee-advocacy' },
        message: { en: 'Use the campaign tracking on {found}.' },
      },
    ],
  },
} as never);

async function setup() {
  const world = makeWorld(db);
  world.packSettings = { urls: [], trustedKeys: [{ keyId: key.keyId, publicKey: key.publicKeyText }], allowUnsignedFileImport: false };
  const handlers = createHandlers(world.deps);
  const { result } = await handlers.importPack({ text: JSON.stringify(await signPack(pack, key.pair.privateKey, key.keyId)) });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return { world, handlers };
}

describe('checking a draft that holds an inserted suggestion', () => {
  it('the same text typed by the person is flagged as theirs', async () => {
    const { handlers, world } = await setup();
    const { findings } = await handlers.checkDraft({ network: 'x', text: itemText, lockedSpans: [] });
    expect(findings.map((f) => f.ruleId)).toEqual(['link-tracking']);
    expect(world.packProblems).toEqual([]);
  });

  it('inserted and unchanged, the finding is kept from the person and shown as the pack’s problem', async () => {
    const { handlers } = await setup();
    const draft = `Proud of this!\n${itemText}`;
    const { findings } = await handlers.checkDraft({ network: 'x', text: draft, lockedSpans: [], insertedItemIds: ['launch'] });
    expect(findings).toEqual([]);
    const status = await handlers.getStatus({});
    expect(status.packProblems).toMatchObject([
      { packId: 'acme', itemId: 'launch', itemTitle: 'Launch day', network: 'x', ruleId: 'link-tracking', seen: 1 },
    ]);
    // Ids and counts only: nothing of the draft is kept.
    expect(JSON.stringify(status.packProblems)).not.toContain('Proud');
  });

  it('once the person edits the link line, the finding is theirs again', async () => {
    const { handlers } = await setup();
    const draft = `Our launch is here.\nRead more (really): ${link}`;
    const { findings } = await handlers.checkDraft({ network: 'x', text: draft, lockedSpans: [], insertedItemIds: ['launch'] });
    expect(findings.map((f) => f.ruleId)).toEqual(['link-tracking']);
  });

  it('an item id the pack does not have changes nothing', async () => {
    const { handlers } = await setup();
    const { findings } = await handlers.checkDraft({ network: 'x', text: itemText, lockedSpans: [], insertedItemIds: ['made-up'] });
    expect(findings.map((f) => f.ruleId)).toEqual(['link-tracking']);
    expect((await handlers.getStatus({})).packProblems).toEqual([]);
  });
});
