import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/background/db';

// Version 2 added packs, items, syncState and merged. A database written by
// version 1 (history only) must open under version 2 with its history intact.

describe('database upgrade from version 1 to 2', () => {
  it('keeps the share history and adds the pack tables, empty', async () => {
    const name = `chorus-migration-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ history: '++id, itemId, at, [network+at]' });
    await v1.table('history').bulkAdd([
      { itemId: 'nv-1', network: 'linkedin', surface: 'share', action: 'inserted', at: 1_000 },
      { itemId: 'nv-2', network: 'x', surface: 'inline', action: 'inserted', at: 2_000 },
    ]);
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const history = await db.history.orderBy('at').toArray();
    expect(history.map((event) => event.itemId)).toEqual(['nv-1', 'nv-2']);
    // The compound index still answers.
    expect(await db.history.where('[network+at]').between(['x', 0], ['x', Number.POSITIVE_INFINITY]).count()).toBe(1);
    for (const table of [db.packs, db.items, db.syncState, db.merged]) expect(await table.count()).toBe(0);
    // And new rows go in next to the old ones.
    await db.history.add({ itemId: 'nv-3', network: 'x', surface: 'reply', action: 'inserted', at: 3_000 });
    expect(await db.history.count()).toBe(3);
    await db.delete();
  });
});
