import type { InstalledSummary } from '../messaging';
import type { ChorusDb, MergedState, StoredItem, StoredPack, SyncState } from './db';
import { type PackError, packError } from '../pack/errors';
import { type MergedPacks, mergePacks } from '../pack/merge';
import { NETWORKS, type Network, type Pack, type PackItem } from '../pack/schema';

// The installed packs in Dexie. A pack that passed parsePackText is swapped in
// with the merged item index and the source's sync state in one read-write
// transaction: a reader sees the old set or the new one, never half of each,
// and a failure anywhere leaves the last good pack exactly as it was.

export interface AcceptedPack {
  pack: Pack;
  signed: boolean;
  keyId?: string;
}

export type StoreResult =
  | { outcome: 'stored'; merged: MergedPacks; installed: InstalledSummary }
  // The same pack again (a server without ETags, a file imported twice): not an error.
  | { outcome: 'unchanged'; installed: InstalledSummary }
  | { outcome: 'refused'; error: PackError };

export interface StoreOptions {
  now: number;
  /** Source ids in merge order (sources.ts mergeOrder). */
  order: readonly string[];
  /** The source's sync state after this success, given the one before. */
  nextState?: (previous: SyncState) => SyncState;
}

export async function storePack(db: ChorusDb, sourceId: string, accepted: AcceptedPack, opts: StoreOptions): Promise<StoreResult> {
  const { pack } = accepted;
  // Serialised before the transaction starts, so it holds the database only for I/O.
  const row: StoredPack = {
    sourceId,
    packId: pack.id,
    version: pack.version,
    issuedAt: pack.issuedAt,
    publisher: pack.publisher,
    itemCount: pack.items.length,
    signed: accepted.signed,
    receivedAt: opts.now,
    packJson: JSON.stringify(pack),
    ...(accepted.keyId === undefined ? {} : { keyId: accepted.keyId }),
  };
  try {
    return await db.transaction('rw', [db.packs, db.items, db.syncState, db.merged], async (): Promise<StoreResult> => {
      const current = await db.packs.get(sourceId);
      const previous = (await db.syncState.get(sourceId)) ?? { sourceId, failures: 0 };
      const next = opts.nextState ?? ((state: SyncState) => state);
      if (current !== undefined && current.packId === pack.id && pack.version <= current.version) {
        // Checked here and not only by the caller, so two syncs racing cannot both win.
        // Validated packs serialise the same way (zod writes keys in schema order).
        if (pack.version === current.version && current.packJson === row.packJson) {
          const installed = summaryOf(current);
          await db.syncState.put({ ...next(previous), installed });
          return { outcome: 'unchanged', installed };
        }
        const detail = `version ${pack.version}, installed ${current.version}`;
        return { outcome: 'refused', error: packError('not-newer', detail) };
      }
      await db.packs.put(row);
      const merged = await rebuildItems(db, opts.order, { sourceId, pack });
      const installed = summaryOf(row);
      await db.syncState.put({ ...next(previous), installed });
      return { outcome: 'stored', merged, installed };
    });
  } catch (error) {
    // Quota, a closed database: the transaction rolled back, the old pack stands.
    return { outcome: 'refused', error: packError('storage-failed', String(error)) };
  }
}

/**
 * Drops every stored source not in `order` (a URL taken out of the settings or
 * policy) and rebuilds the index if anything went. Returns the new merge, or
 * undefined when nothing changed.
 */
export async function pruneSources(db: ChorusDb, order: readonly string[]): Promise<MergedPacks | undefined> {
  const keep = new Set(order);
  return db.transaction('rw', [db.packs, db.items, db.syncState, db.merged], async () => {
    const stale = (await db.syncState.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    const stalePacks = (await db.packs.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    if (stale.length === 0 && stalePacks.length === 0) return undefined;
    await db.syncState.bulkDelete(stale);
    await db.packs.bulkDelete(stalePacks);
    return rebuildItems(db, order);
  });
}

/** Sources, guidelines and site overrides of the merge in force; undefined before the first store. */
export function readMergedState(db: ChorusDb): Promise<MergedState | undefined> {
  return db.merged.get('current');
}

/**
 * Items in force with text for `network`, by id; still to be filtered by date
 * and audience. The panel ranks them itself (rankItems), ids breaking ties,
 * so merge order need not be stored.
 */
export async function storedItemsFor(db: ChorusDb, network: Network): Promise<PackItem[]> {
  return (await db.items.where('networks').equals(network).toArray()).map(itemOf);
}

// Must run inside a transaction over packs, items and merged. `fresh` is the
// pack just stored, passed as the object in hand rather than parsed back.
async function rebuildItems(db: ChorusDb, order: readonly string[], fresh?: { sourceId: string; pack: Pack }): Promise<MergedPacks> {
  const rows = (await db.packs.bulkGet([...order])).flatMap((row) => (row === undefined ? [] : [row]));
  const sources = rows.map((row) => ({ sourceId: row.sourceId, pack: row.sourceId === fresh?.sourceId ? fresh.pack : (JSON.parse(row.packJson) as Pack) }));
  const merged = mergePacks(sources.map((source) => source.pack));
  // mergePacks keeps item objects as they are, so identity tells which source won.
  const sourceOf = new Map<PackItem, string>();
  for (const source of sources) for (const item of source.pack.items) sourceOf.set(item, source.sourceId);
  // Only what changed is written: an hourly update usually touches a few
  // items of thousands, and every row written costs its index updates too.
  const before = new Map((await db.items.toArray()).map((row) => [row.id, row]));
  const rowsNow = merged.items.map((item) => itemRow(item, sourceOf.get(item) ?? ''));
  const changed = rowsNow.filter((row) => {
    const old = before.get(row.id);
    return old === undefined || old.itemJson !== row.itemJson || old.sourceId !== row.sourceId;
  });
  const kept = new Set(rowsNow.map((row) => row.id));
  await db.items.bulkDelete([...before.keys()].filter((id) => !kept.has(id)));
  await db.items.bulkPut(changed);
  const { items: _items, ...rest } = merged;
  await db.merged.put({ ...rest, key: 'current' });
  return merged;
}

function itemRow(item: PackItem, sourceId: string): StoredItem {
  return {
    id: item.id,
    sourceId,
    topic: item.topic,
    language: item.language,
    networks: NETWORKS.filter((network) => item.text[network] !== undefined),
    startsAt: item.startsAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(item.startsAt),
    expiresAt: item.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(item.expiresAt),
    itemJson: JSON.stringify(item),
  };
}

export function itemOf(row: StoredItem): PackItem {
  return JSON.parse(row.itemJson) as PackItem;
}

function summaryOf(row: StoredPack): InstalledSummary {
  const { packId, publisher, version, issuedAt, signed, receivedAt, itemCount } = row;
  return { packId, publisher, version, issuedAt, signed, receivedAt, items: itemCount };
}
