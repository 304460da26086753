import type { ChorusDb, InstalledSummary, MergedState, StoredItem, StoredPack, SyncState } from './db';
import { canonicalJson } from './pack/canonical';
import { type PackError, packError } from './pack/errors';
import { type MergedPacks, mergePacks } from './pack/merge';
import { NETWORKS, type Network, type Pack, type PackItem } from './pack/schema';

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
  try {
    return await db.transaction('rw', [db.packs, db.items, db.syncState, db.merged], async (): Promise<StoreResult> => {
      const current = await db.packs.get(sourceId);
      const previous = (await db.syncState.get(sourceId)) ?? { sourceId, failures: 0 };
      const next = opts.nextState ?? ((state: SyncState) => state);
      if (current !== undefined && current.packId === accepted.pack.id && accepted.pack.version <= current.version) {
        // Checked here and not only by the caller, so two syncs racing cannot both win.
        if (accepted.pack.version === current.version && canonicalJson(accepted.pack) === canonicalJson(current.pack)) {
          const installed = summaryOf(current);
          await db.syncState.put({ ...next(previous), installed });
          return { outcome: 'unchanged', installed };
        }
        const detail = `version ${accepted.pack.version}, installed ${current.version}`;
        return { outcome: 'refused', error: packError('not-newer', detail) };
      }
      const row: StoredPack = {
        sourceId,
        pack: accepted.pack,
        packId: accepted.pack.id,
        version: accepted.pack.version,
        issuedAt: accepted.pack.issuedAt,
        signed: accepted.signed,
        receivedAt: opts.now,
        ...(accepted.keyId === undefined ? {} : { keyId: accepted.keyId }),
      };
      await db.packs.put(row);
      const merged = await rebuildItems(db, opts.order);
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

/** Items in force with text for `network`, in merge order; still to be filtered by date and audience. */
export async function storedItemsFor(db: ChorusDb, network: Network): Promise<PackItem[]> {
  const rows = await db.items.where('networks').equals(network).toArray();
  return rows.sort((a, b) => a.seq - b.seq).map((row) => row.item);
}

// Must run inside a transaction over packs, items and merged.
async function rebuildItems(db: ChorusDb, order: readonly string[]): Promise<MergedPacks> {
  const rows = (await db.packs.bulkGet([...order])).flatMap((row) => (row === undefined ? [] : [row]));
  const merged = mergePacks(rows.map((row) => row.pack));
  // mergePacks keeps item objects as they are, so identity tells which source won.
  const sourceOf = new Map<PackItem, string>();
  for (const row of rows) for (const item of row.pack.items) sourceOf.set(item, row.sourceId);
  await db.items.clear();
  await db.items.bulkPut(merged.items.map((item, seq) => itemRow(item, sourceOf.get(item) ?? '', seq)));
  const { items: _items, ...rest } = merged;
  await db.merged.put({ ...rest, key: 'current' });
  return merged;
}

function itemRow(item: PackItem, sourceId: string, seq: number): StoredItem {
  return {
    id: item.id,
    sourceId,
    seq,
    topic: item.topic,
    language: item.language,
    networks: NETWORKS.filter((network) => item.text[network] !== undefined),
    startsAt: item.startsAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(item.startsAt),
    expiresAt: item.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(item.expiresAt),
    item,
  };
}

function summaryOf(row: StoredPack): InstalledSummary {
  const { packId, version, issuedAt, signed, receivedAt } = row;
  return { packId, publisher: row.pack.publisher, version, issuedAt, signed, receivedAt, items: row.pack.items.length };
}
