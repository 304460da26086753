import type { ChorusDb, MergedState, SyncState } from './db';
import type { PackSummary } from '../messaging';
import samplePackJson from '../pack/sample-pack.json';
import { type Guidelines, type Network, type Pack, type PackItem, packSchema } from '../pack/schema';
import { itemOf, readMergedState, storedItemsFor } from './pack-store';
import { FILE_SOURCE_ID, mergeOrder, type PackConfig } from './sync/sources';

// Which pack content is in force. With no source configured (no URL in policy
// or settings, no imported file) it is the bundled sample pack, validated like
// any other so a bad edit shows up in tests rather than in front of a user.
// Once a source is configured, only stored packs count: a company whose first
// download failed sees an empty panel and the error in the options page, never
// the sample's made-up company.

let bundled: Pack | null | undefined;

export function bundledPack(): Pack | null {
  if (bundled === undefined) {
    const parsed = packSchema.safeParse(samplePackJson);
    if (!parsed.success) console.error('Chorus: the bundled sample pack is invalid', parsed.error.issues.slice(0, 3));
    bundled = parsed.success ? parsed.data : null;
  }
  return bundled;
}

export function summarize(pack: Pack | null): PackSummary | null {
  return pack && { id: pack.id, publisher: pack.publisher, version: pack.version, issuedAt: pack.issuedAt };
}

/** Sync states of every source in merge order; undefined where nothing was ever tried. */
export async function sourceStates(db: ChorusDb, config: PackConfig): Promise<(SyncState | undefined)[]> {
  return db.syncState.bulkGet(mergeOrder(config));
}

export function usesBundled(config: PackConfig, states: readonly (SyncState | undefined)[]): boolean {
  const file = states.find((state) => state?.sourceId === FILE_SOURCE_ID);
  return config.urlSources.length === 0 && file?.installed === undefined;
}

export interface ContentInForce {
  pack: PackSummary | null;
  /** With text for the network, not yet filtered by date or audience. */
  items: PackItem[];
  guidelines: Guidelines | null;
}

export async function contentFor(db: ChorusDb, config: PackConfig, network: Network): Promise<ContentInForce> {
  const states = await sourceStates(db, config);
  if (usesBundled(config, states)) {
    const pack = bundledPack();
    return { pack: summarize(pack), items: pack?.items ?? [], guidelines: pack?.guidelines ?? null };
  }
  const [merged, items] = await Promise.all([readMergedState(db), storedItemsFor(db, network)]);
  return { pack: firstSource(merged), items, guidelines: merged?.guidelines ?? null };
}

/**
 * Only the given items of the content in force, and its pack: what the draft
 * checker needs after an insertion, on a pause in typing. Read by id, not by
 * loading every item of the network.
 */
export async function itemsInForce(db: ChorusDb, config: PackConfig, ids: readonly string[]): Promise<{ pack: PackSummary | null; items: PackItem[] }> {
  if (usesBundled(config, await sourceStates(db, config))) {
    const pack = bundledPack();
    const wanted = new Set(ids);
    return { pack: summarize(pack), items: pack?.items.filter((item) => wanted.has(item.id)) ?? [] };
  }
  const [pack, rows] = await Promise.all([storedPackSummary(db), db.items.bulkGet([...ids])]);
  return { pack, items: rows.flatMap((row) => (row === undefined ? [] : [itemOf(row)])) };
}

/** Only the guidelines in force: the draft checker asks on every pause in typing. */
export async function guidelinesFor(db: ChorusDb, config: PackConfig): Promise<Guidelines | null> {
  if (usesBundled(config, await sourceStates(db, config))) return bundledPack()?.guidelines ?? null;
  return (await readMergedState(db))?.guidelines ?? null;
}

/** The broadest pack in force (the company-wide one): the publisher the panel names. */
export async function storedPackSummary(db: ChorusDb): Promise<PackSummary | null> {
  return firstSource(await readMergedState(db));
}

function firstSource(merged: MergedState | undefined): PackSummary | null {
  const first = merged?.sources[0];
  return first === undefined ? null : { id: first.id, publisher: first.publisher, version: first.version, issuedAt: first.issuedAt };
}
