import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../../lib/background/db';
import { type Pack, signPack } from '../../../../lib/pack';
import { storedItemsFor } from '../../../../lib/background/pack-store';
import { createHandlers } from '../../../../lib/background/handlers';
import { makeItem, makePack } from '../../pack/fixtures';
import { makeTestKey, type TestKey } from '../../pack/keys';
import { makeWorld } from '../service-deps';
import { fakeHost } from './fake-host';

// A sync pass end to end below the browser: a fake host, a real Dexie on
// fake-indexeddb, real signatures. The e2e story of the issue, step by step.

const URL_A = 'https://packs.acme.example/company.json';
const URL_B = 'https://packs.acme.example/sales.json';
const db = openDb('chorus-sync-test');
let key: TestKey;
beforeAll(async () => {
  key = await makeTestKey('acme-2026');
});
afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const signed = async (pack: Pack) => JSON.stringify(await signPack(pack, key.pair.privateKey, key.keyId));
const v = (version: number, ids: string[], id = 'acme') => makePack({ id, version, items: ids.map((itemId) => makeItem({ id: itemId, title: `${itemId} v${version}` })) });

function setup(urls = [URL_A]) {
  const host = fakeHost();
  const world = makeWorld(db, { fetch: host.fetch });
  world.packSettings = { urls, trustedKeys: [{ keyId: key.keyId, publicKey: key.publicKeyText }], allowUnsignedFileImport: false };
  const handlers = createHandlers(world.deps);
  const state = () => db.syncState.get(`url:${URL_A}`);
  return { host, world, handlers, state };
}

describe('syncing from a URL', () => {
  it('v1, v2, 304, tampered v3, malformed v4, down: each outcome recorded, v2 stays in force', async () => {
    const { host, world, handlers, state } = setup();
    host.set(URL_A, { kind: 'pack', body: await signed(v(1, ['a'])), etag: '"1"' });
    expect((await handlers.syncNow({})).outcomes).toMatchObject([{ result: 'stored' }]);
    expect((await storedItemsFor(db, 'linkedin')).map((item) => item.id)).toEqual(['a']);
    expect(world.scheduled.at(-1)).toBe(world.clock.now + 60 * 60_000);
    expect(world.siteOverrides).toHaveLength(1);

    host.set(URL_A, { kind: 'pack', body: await signed(v(2, ['a', 'b'])), etag: '"2"' });
    await handlers.syncNow({});
    expect((await handlers.getSuggestions({ network: 'x' })).items.map((item) => item.id)).toEqual(['a', 'b']);

    expect((await handlers.syncNow({})).outcomes).toMatchObject([{ result: 'not-modified' }]);
    expect(host.log.at(-1)).toMatchObject({ ifNoneMatch: '"2"', status: 304 });

    const v3 = JSON.parse(await signed(v(3, ['a', 'b', 'c']))) as { pack: Pack };
    v3.pack.publisher = 'Someone Else';
    host.set(URL_A, { kind: 'pack', body: JSON.stringify(v3), etag: '"3"' });
    expect((await handlers.syncNow({})).outcomes).toMatchObject([{ result: 'failed', error: { code: 'signature-mismatch' } }]);

    host.set(URL_A, { kind: 'pack', body: '{"format":', etag: '"4"' });
    expect((await handlers.syncNow({})).outcomes).toMatchObject([{ result: 'failed', error: { code: 'not-json' } }]);

    host.set(URL_A, { kind: 'down' });
    expect((await handlers.syncNow({})).outcomes).toMatchObject([{ result: 'failed', error: { code: 'network' } }]);

    const after = await state();
    expect(after).toMatchObject({ failures: 3, etag: '"2"', installed: { version: 2, items: 2 }, lastError: { code: 'network', at: world.clock.now } });
    // Third failure, random 0.5: half of the 4-minute bound.
    expect(after?.nextAttemptAt).toBe(world.clock.now + 120_000);
    expect(world.scheduled.at(-1)).toBe(world.clock.now + 120_000);
    expect((await handlers.getSuggestions({ network: 'linkedin' })).items.map((item) => item.id)).toEqual(['a', 'b']);
    const status = await handlers.getStatus({});
    expect(status.sources[0]).toMatchObject({ kind: 'url', origin: 'options', failures: 3, installed: { version: 2 } });
    expect(status.sources[0]).not.toHaveProperty('etag');
  });

  it('respects backoff on scheduled passes; "Sync now" ignores it; success resets the count', async () => {
    const { host, world, state } = setup();
    host.set(URL_A, { kind: 'down' });
    await world.deps.packSync.run(false);
    expect((await world.deps.packSync.run(false))[0]?.result).toBe('skipped');
    world.clock.now = (await state())?.nextAttemptAt ?? 0;
    host.set(URL_A, { kind: 'pack', body: await signed(v(1, ['a'])) });
    expect((await world.deps.packSync.run(false))[0]?.result).toBe('stored');
    expect(await state()).toMatchObject({ failures: 0, lastSuccess: world.clock.now });
    expect(await state()).not.toHaveProperty('lastError');
  });

  it('refuses an older or re-used version; the same pack again without ETag is unchanged', async () => {
    const { host, handlers } = setup();
    host.set(URL_A, { kind: 'pack', body: await signed(v(5, ['a'])) });
    await handlers.syncNow({});
    expect((await handlers.syncNow({})).outcomes[0]?.result).toBe('unchanged');
    host.set(URL_A, { kind: 'pack', body: await signed(v(4, ['a'])) });
    expect((await handlers.syncNow({})).outcomes[0]?.error?.code).toBe('not-newer');
    host.set(URL_A, { kind: 'pack', body: await signed(v(5, ['a', 'z'])) });
    expect((await handlers.syncNow({})).outcomes[0]?.error?.code).toBe('not-newer');
  });

  it('never takes an unsigned pack from a URL, whatever the developer setting says', async () => {
    const { host, world, handlers } = setup();
    world.packSettings = { ...world.packSettings, allowUnsignedFileImport: true };
    host.set(URL_A, { kind: 'pack', body: JSON.stringify(v(1, ['a'])) });
    expect((await handlers.syncNow({})).outcomes[0]?.error?.code).toBe('unsigned');
    expect(await handlers.getSuggestions({ network: 'x' })).toMatchObject({ pack: null, items: [] });
  });

  it('an unknown signing key and a bad address are errors of their own', async () => {
    const { host, world, handlers } = setup();
    world.packSettings = { ...world.packSettings, trustedKeys: [] };
    host.set(URL_A, { kind: 'pack', body: await signed(v(1, ['a'])) });
    expect((await handlers.syncNow({})).outcomes[0]?.error?.code).toBe('unknown-key');
    world.policy = { packUrls: ['http://packs.acme.example/plain.json'] };
    expect((await handlers.syncNow({})).outcomes[0]?.error?.code).toBe('url-invalid');
    expect(host.log.filter((entry) => entry.url.startsWith('http:'))).toEqual([]);
  });
});

describe('several packs at once', () => {
  it('merges company and team packs by item id; the team copy wins', async () => {
    const { host, handlers } = setup([URL_A, URL_B]);
    host.set(URL_A, { kind: 'pack', body: await signed(v(1, ['shared', 'company-only'])) });
    const team = makePack({ id: 'sales', version: 1, items: [makeItem({ id: 'shared', title: 'Sales version' }), makeItem({ id: 'team-only' })] });
    host.set(URL_B, { kind: 'pack', body: await signed(team) });
    await handlers.syncNow({});
    const items = (await handlers.getSuggestions({ network: 'linkedin' })).items;
    expect(items.map((item) => [item.id, item.title])).toEqual([
      ['company-only', 'company-only v1'],
      ['shared', 'Sales version'],
      ['team-only', 'A title'],
    ]);
    expect((await db.items.get('shared'))?.sourceId).toBe(`url:${URL_B}`);
    expect((await handlers.getStatus({})).pack?.id).toBe('acme');
  });

  it('a source taken out of the settings is dropped with its items; none left means the bundled sample', async () => {
    const { host, world, handlers } = setup([URL_A, URL_B]);
    host.set(URL_A, { kind: 'pack', body: await signed(v(1, ['a'])) });
    host.set(URL_B, { kind: 'pack', body: await signed(v(1, ['b'], 'sales')) });
    await handlers.syncNow({});
    world.packSettings = { ...world.packSettings, urls: [URL_B] };
    await handlers.syncNow({});
    expect((await handlers.getSuggestions({ network: 'x' })).items.map((item) => item.id)).toEqual(['b']);
    expect(await db.packs.count()).toBe(1);
    world.packSettings = { ...world.packSettings, urls: [] };
    await handlers.syncNow({});
    expect(await db.packs.count()).toBe(0);
    expect((await handlers.getStatus({})).content).toBe('bundled');
    expect(world.scheduled.at(-1)).toBeUndefined();
  });
});
