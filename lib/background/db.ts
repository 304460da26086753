import { Dexie, type EntityTable } from 'dexie';
import type { SourceState } from '../messaging';
import type { MergedPacks } from '../pack/merge';
import type { Network } from '../pack/schema';

// The one Dexie schema. Every version bump comes with an upgrade function and
// a test that opens a database written by the previous version
// (tests/unit/background/db-migration.test.ts). Only the background opens it.

export interface ShareEvent {
  id?: number;
  itemId: string;
  network: Network;
  /** Which composer: share, comment, inline, reply, modal. */
  surface: string;
  /** What happened; 'inserted' now, later also 'posted'. */
  action: 'inserted';
  at: number;
}

/** The last good pack of one source (a URL, or the imported file): the source of truth. */
export interface StoredPack {
  sourceId: string;
  packId: string;
  version: number;
  issuedAt: string;
  publisher: string;
  itemCount: number;
  signed: boolean;
  keyId?: string;
  receivedAt: number;
  /**
   * The validated pack as JSON text. IndexedDB copies a string in one piece,
   * where a 5,000-item object graph is cloned member by member: several
   * hundred milliseconds per write and per read (measured with bench/packs.ts).
   */
  packJson: string;
}

/**
 * One row per item in force after merging every configured source (mergePacks),
 * updated in the same transaction as the packs it comes from. Keyed by item id
 * alone because merging already picked one item per id, so an index query
 * answers exactly what the panel may show.
 */
export interface StoredItem {
  id: string;
  /** The source whose copy of the item won the merge. */
  sourceId: string;
  topic: string;
  language: string;
  /** Networks the item has text for (a multi-entry index). */
  networks: Network[];
  /** Epoch ms; -Infinity and Infinity when open-ended, so range queries need no special case. */
  startsAt: number;
  expiresAt: number;
  /** The item as JSON text, for the same reason as StoredPack.packJson. */
  itemJson: string;
}

/**
 * The rest of the merge (sources, guidelines, site overrides): one row, key
 * 'current', rebuilt with the items, so a panel opening reads a few hundred
 * bytes instead of every stored pack.
 */
export interface MergedState extends Omit<MergedPacks, 'items'> {
  key: 'current';
}

export interface SyncState extends SourceState {
  sourceId: string;
  /** Only kept for the pack that is installed, so a refused download is fetched again. */
  etag?: string;
}

export type ChorusDb = Dexie & {
  history: EntityTable<ShareEvent, 'id'>;
  packs: EntityTable<StoredPack, 'sourceId'>;
  items: EntityTable<StoredItem, 'id'>;
  syncState: EntityTable<SyncState, 'sourceId'>;
  merged: EntityTable<MergedState, 'key'>;
};

export const DB_NAME = 'chorus';

export function openDb(name = DB_NAME): ChorusDb {
  const db = new Dexie(name) as ChorusDb;
  db.version(1).stores({
    history: '++id, itemId, at, [network+at]',
  });
  // Version 2 only adds tables; history is untouched, so the upgrade has
  // nothing to move. Until the first sync the bundled sample pack is served
  // from the bundle, so there is nothing to seed either.
  db.version(2).stores({
    history: '++id, itemId, at, [network+at]',
    packs: 'sourceId',
    items: 'id, topic, language, *networks, expiresAt',
    syncState: 'sourceId',
    merged: 'key',
  });
  return db;
}
