import { Dexie, type EntityTable } from 'dexie';
import type { Network } from './pack/schema';

// The one Dexie schema. Every version bump comes with an upgrade function and
// a test that opens a database written by the previous version
// (tests/unit/db.test.ts). Only the background opens it.

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

export type ChorusDb = Dexie & {
  history: EntityTable<ShareEvent, 'id'>;
};

export const DB_NAME = 'chorus';

export function openDb(name = DB_NAME): ChorusDb {
  const db = new Dexie(name) as ChorusDb;
  db.version(1).stores({
    history: '++id, itemId, at, [network+at]',
  });
  return db;
}
