import type { ChorusDb, SyncState } from './db';
import type { SourceStatus, Status } from '../messaging';
import { activeItems } from '../pack/select';
import { NETWORKS, type PackItem } from '../pack/schema';
import { itemOf } from './pack-store';
import { bundledPack, sourceStates, storedPackSummary, summarize, usesBundled } from './content-in-force';
import { FILE_SOURCE_ID, type PackConfig } from './sync/sources';

// The status the popup and the options page show: what is in force, how many
// posts are ready, and for each source its last good pack and last error.

export interface StatusContext {
  now: Date;
  team?: string;
  role?: string;
  insertedThisWeek: number;
}

/** The status without pack problems, which the service adds from their own store. */
export async function buildStatus(db: ChorusDb, config: PackConfig, ctx: StatusContext): Promise<Omit<Status, 'packProblems'>> {
  const states = await sourceStates(db, config);
  const bundled = usesBundled(config, states);
  const pack = bundled ? summarize(bundledPack()) : await storedPackSummary(db);
  // Expired items are skipped by the index; start dates and audience are checked per item.
  const candidates = bundled ? (bundledPack()?.items ?? []) : await liveStoredItems(db, ctx.now.getTime());
  return {
    pack,
    activeItems: countActive(candidates, ctx),
    insertedThisWeek: ctx.insertedThisWeek,
    content: bundled ? 'bundled' : 'configured',
    managed: config.managed,
    sources: sourceList(config, states),
  };
}

async function liveStoredItems(db: ChorusDb, now: number): Promise<PackItem[]> {
  return (await db.items.where('expiresAt').above(now).toArray()).map(itemOf);
}

function countActive(items: readonly PackItem[], ctx: StatusContext): number {
  const ids = new Set<string>();
  for (const network of NETWORKS) {
    for (const item of activeItems(items, { now: ctx.now, network, ...audience(ctx) })) ids.add(item.id);
  }
  return ids.size;
}

function audience(ctx: StatusContext): { team?: string; role?: string } {
  return { ...(ctx.team === undefined ? {} : { team: ctx.team }), ...(ctx.role === undefined ? {} : { role: ctx.role }) };
}

function sourceList(config: PackConfig, states: readonly (SyncState | undefined)[]): SourceStatus[] {
  const byId = new Map(states.flatMap((state) => (state === undefined ? [] : [[state.sourceId, state] as const])));
  const list: SourceStatus[] = config.urlSources.map((source) => ({
    ...publicPart(byId.get(source.id)),
    id: source.id,
    kind: 'url',
    origin: source.origin,
    url: source.url,
  }));
  const file = byId.get(FILE_SOURCE_ID);
  if (file?.installed !== undefined) list.push({ ...publicPart(file), id: FILE_SOURCE_ID, kind: 'file', origin: 'file' });
  return list;
}

// The ETag is the server's business, not the person's.
function publicPart(state: SyncState | undefined): Omit<SourceStatus, 'id' | 'kind' | 'origin'> {
  if (state === undefined) return { failures: 0 };
  const { sourceId: _id, etag: _etag, ...rest } = state;
  return rest;
}
