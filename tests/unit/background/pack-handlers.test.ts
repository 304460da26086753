import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/background/db';
import { exportPublicKeySpki, signPack } from '../../../lib/pack';
import { createHandlers } from '../../../lib/background/handlers';
import { makeItem, makePack } from '../pack/fixtures';
import { makeTestKey, type TestKey } from '../pack/keys';
import { makeWorld } from './service-deps';

const db = openDb('chorus-pack-handlers-test');
let key: TestKey;
beforeAll(async () => {
  key = await makeTestKey('acme-2026');
});
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function setup() {
  const world = makeWorld(db);
  world.packSettings = { urls: [], trustedKeys: [{ keyId: key.keyId, publicKey: key.publicKeyText }], allowUnsignedFileImport: false };
  return { world, handlers: createHandlers(world.deps) };
}

const team = (version = 1) => makePack({ id: 'sales', publisher: 'Acme Sales', version, items: [makeItem({ id: 'sales-1' })] });

describe('file import', () => {
  it('takes a signed pack in place of the bundled sample, and can remove it again', async () => {
    const { handlers } = setup();
    expect((await handlers.getStatus({})).content).toBe('bundled');
    const text = JSON.stringify(await signPack(team(), key.pair.privateKey, key.keyId));
    const { result, status } = await handlers.importPack({ text });
    expect(result).toMatchObject({ ok: true, unchanged: false, installed: { publisher: 'Acme Sales', version: 1, items: 1, signed: true } });
    expect(status).toMatchObject({ content: 'configured', pack: { id: 'sales' }, sources: [{ id: 'file', kind: 'file', origin: 'file' }] });
    expect((await handlers.getSuggestions({ network: 'linkedin' })).items.map((item) => item.id)).toEqual(['sales-1']);
    expect((await handlers.importPack({ text })).result).toMatchObject({ ok: true, unchanged: true });
    expect((await handlers.removeImportedPack({})).status.content).toBe('bundled');
  });

  it('refuses a bad file with a readable error and keeps what was installed', async () => {
    const { handlers } = setup();
    await handlers.importPack({ text: JSON.stringify(await signPack(team(2), key.pair.privateKey, key.keyId)) });
    for (const [text, code] of [
      ['not json', 'not-json'],
      ['{"hello":"world"}', 'not-envelope'],
      [JSON.stringify(team(3)), 'unsigned'],
      [JSON.stringify(await signPack(team(1), key.pair.privateKey, key.keyId)), 'not-newer'],
    ] as const) {
      const { result } = await handlers.importPack({ text });
      expect(result).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
    }
    expect((await handlers.getStatus({})).sources[0]?.installed?.version).toBe(2);
  });

  it('never shows expired, not-yet-started or other-audience items from a stored pack', async () => {
    const { handlers } = setup();
    const items = [
      makeItem({ id: 'live', startsAt: '2026-11-01T00:00:00Z', expiresAt: '2026-12-01T00:00:00Z' }),
      makeItem({ id: 'expired', expiresAt: '2026-11-23T11:59:59Z' }),
      makeItem({ id: 'future', startsAt: '2026-11-23T12:00:01Z' }),
      makeItem({ id: 'engineers-only', audience: { teams: ['Engineering'] } }),
    ];
    await handlers.importPack({ text: JSON.stringify(await signPack(makePack({ items }), key.pair.privateKey, key.keyId)) });
    expect((await handlers.getSuggestions({ network: 'linkedin' })).items.map((item) => item.id)).toEqual(['live']);
    expect((await handlers.getStatus({})).activeItems).toBe(1);
  });

  it('takes an unsigned pack only with the developer setting', async () => {
    const { world, handlers } = setup();
    world.packSettings = { ...world.packSettings, allowUnsignedFileImport: true };
    expect((await handlers.importPack({ text: JSON.stringify(team()) })).result).toMatchObject({ ok: true, installed: { signed: false } });
  });
});

describe('pack settings', () => {
  it('saves valid URLs and keys, trimmed, blanks dropped', async () => {
    const { world, handlers } = setup();
    const spki = await exportPublicKeySpki(key.pair.publicKey);
    const answer = await handlers.setPackSettings({
      settings: { urls: [' https://packs.example/a.json ', ''], trustedKeys: [{ keyId: ' pem-key ', publicKey: spki }, { keyId: '', publicKey: '' }], allowUnsignedFileImport: false },
    });
    expect(answer).toEqual({ ok: true });
    expect(world.packSettings).toEqual({ urls: ['https://packs.example/a.json'], trustedKeys: [{ keyId: 'pem-key', publicKey: spki }], allowUnsignedFileImport: false });
  });

  it('refuses a plain-http URL and an unusable key, pointing at the line', async () => {
    const { world, handlers } = setup();
    const before = world.packSettings;
    const answer = await handlers.setPackSettings({
      settings: { urls: ['', 'http://packs.example/a.json'], trustedKeys: [{ keyId: 'broken', publicKey: 'not a key' }], allowUnsignedFileImport: false },
    });
    expect(answer).toMatchObject({
      ok: false,
      problems: [
        { field: 'urls', index: 1, error: { code: 'url-invalid' } },
        { field: 'trustedKeys', index: 0, error: { code: 'trusted-key-invalid' } },
      ],
    });
    expect(world.packSettings).toBe(before);
  });

  it('shows what the policy fixes, and the policy team wins for suggestions', async () => {
    const { world, handlers } = setup();
    world.policy = { team: 'Sales' };
    expect(await handlers.getPackSettings({})).toMatchObject({ policy: { team: 'Sales' }, policyProblems: [] });
    const text = JSON.stringify(await signPack(makePack({ items: [makeItem({ id: 'sales-only', audience: { teams: ['sales'] } })] }), key.pair.privateKey, key.keyId));
    await handlers.importPack({ text });
    expect((await handlers.getSuggestions({ network: 'x' })).items.map((item) => item.id)).toEqual(['sales-only']);
    expect((await handlers.getStatus({})).managed).toBe(true);
  });
});
