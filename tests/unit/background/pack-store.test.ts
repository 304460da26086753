import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../lib/background/db';
import { pruneSources, readMergedState, storedItemsFor, storePack } from '../../../lib/background/pack-store';
import { makeItem, makePack } from '../pack/fixtures';

const db = openDb('chorus-pack-store-test');
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const order = ['url:a', 'url:b', 'file'];
const accepted = (pack = makePack()) => ({ pack, signed: true, keyId: 'k' });

describe('storing packs', () => {
  it('indexes the merged items by network, topic, language and expiry', async () => {
    const pack = makePack({
      items: [
        makeItem({ id: 'both', topic: 'jobs', language: 'da' }),
        makeItem({ id: 'x-only', text: { x: 'Only on X #Nordvind' }, expiresAt: '2026-12-01T00:00:00Z' }),
      ],
    });
    const result = await storePack(db, 'url:a', accepted(pack), { now: 1, order });
    expect(result).toMatchObject({ outcome: 'stored', installed: { packId: 'test-pack', version: 3, items: 2, signed: true } });
    expect((await storedItemsFor(db, 'linkedin')).map((item) => item.id)).toEqual(['both']);
    expect((await storedItemsFor(db, 'x')).map((item) => item.id)).toEqual(['both', 'x-only']);
    expect(await db.items.where('topic').equals('jobs').primaryKeys()).toEqual(['both']);
    expect(await db.items.where('language').equals('da').primaryKeys()).toEqual(['both']);
    expect(await db.items.where('expiresAt').above(Date.parse('2026-12-02T00:00:00Z')).primaryKeys()).toEqual(['both']);
    expect(await readMergedState(db)).toMatchObject({ key: 'current', sources: [{ id: 'test-pack', version: 3 }] });
  });

  it('a failure inside the transaction leaves the last good pack and its items untouched', async () => {
    await storePack(db, 'url:a', accepted(makePack({ version: 3 })), { now: 1, order });
    vi.spyOn(db.items, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const result = await storePack(db, 'url:a', accepted(makePack({ version: 4, items: [makeItem({ id: 'new' })] })), { now: 2, order });
    expect(result).toMatchObject({ outcome: 'refused', error: { code: 'storage-failed' } });
    expect((await db.packs.get('url:a'))?.version).toBe(3);
    expect(await db.items.toCollection().primaryKeys()).toEqual(['item-1']);
    expect((await db.syncState.get('url:a'))?.installed?.version).toBe(3);
  });

  it('refuses a version that is not newer, even when raced past the caller', async () => {
    await storePack(db, 'url:a', accepted(makePack({ version: 3 })), { now: 1, order });
    expect(await storePack(db, 'url:a', accepted(makePack({ version: 2 })), { now: 2, order })).toMatchObject({ outcome: 'refused', error: { code: 'not-newer' } });
    expect(await storePack(db, 'url:a', accepted(makePack({ version: 3 })), { now: 2, order })).toMatchObject({ outcome: 'unchanged' });
    // Another pack id from the same source is not a rollback: the admin switched packs.
    expect(await storePack(db, 'url:a', accepted(makePack({ id: 'other', version: 1 })), { now: 3, order })).toMatchObject({ outcome: 'stored' });
  });

  it('prunes sources no longer configured, and reports when nothing changed', async () => {
    await storePack(db, 'url:a', accepted(makePack({ id: 'a', items: [makeItem({ id: 'from-a' })] })), { now: 1, order });
    await storePack(db, 'url:b', accepted(makePack({ id: 'b', items: [makeItem({ id: 'from-b' })] })), { now: 1, order });
    expect(await pruneSources(db, order)).toBeUndefined();
    const merged = await pruneSources(db, ['url:b', 'file']);
    expect(merged?.items.map((item) => item.id)).toEqual(['from-b']);
    expect(await db.items.toCollection().primaryKeys()).toEqual(['from-b']);
    expect(await db.syncState.toCollection().primaryKeys()).toEqual(['url:b']);
  });
});

describe('updating the item index', () => {
  it('writes only the items that changed, and drops the ones that went', async () => {
    const items = ['a', 'b', 'c'].map((id) => makeItem({ id }));
    await storePack(db, 'url:a', accepted(makePack({ version: 1, items })), { now: 1, order });
    const put = vi.spyOn(db.items, 'bulkPut');
    const remove = vi.spyOn(db.items, 'bulkDelete');
    const next = [makeItem({ id: 'a' }), makeItem({ id: 'b', title: 'Changed' }), makeItem({ id: 'd' })];
    await storePack(db, 'url:a', accepted(makePack({ version: 2, items: next })), { now: 2, order });
    expect(put.mock.calls[0]?.[0].map((row) => row.id)).toEqual(['b', 'd']);
    expect(remove.mock.calls[0]?.[0]).toEqual(['c']);
    expect((await storedItemsFor(db, 'linkedin')).map((item) => [item.id, item.title])).toEqual([
      ['a', 'A title'],
      ['b', 'Changed'],
      ['d', 'A title'],
    ]);
  });
});
