import type { ImportResult, SyncOutcome } from '../../messaging';
import { type MergedPacks, mergePacks } from '../../pack/merge';
import { parsePackText } from '../../pack/parse';
import { pruneSources, storePack } from '../pack-store';
import { bundledPack } from '../content-in-force';
import { FILE_SOURCE_ID, mergeOrder, type PackConfig } from './sources';
import { nextSyncAt, type SyncDeps, syncSources } from './run';

// Everything that changes the installed packs goes through here, one task at a
// time: an alarm, "Sync now" and a file import never interleave, so each sees
// the state the previous one left. The browser-facing parts (alarms, storage)
// come in as functions from the background's wiring.

export interface PackSyncDeps extends Omit<SyncDeps, 'onChanged'> {
  loadConfig: () => Promise<PackConfig>;
  /** Arms the sync alarm for `when`, or clears it when nothing is to sync. */
  scheduleAt: (when: number | undefined) => Promise<void>;
  /** Content scripts read these at start (lib/storage.ts siteOverridesItem). */
  writeSiteOverrides: (sites: MergedPacks['sites']) => Promise<void>;
}

export interface PackSync {
  run: (force: boolean) => Promise<SyncOutcome[]>;
  importText: (text: string) => Promise<ImportResult>;
  removeImported: () => Promise<void>;
}

export function createPackSync(deps: PackSyncDeps): PackSync {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  // With nothing installed any more, the bundled sample is what is shown.
  const onChanged = async (merged: MergedPacks) => {
    const bundled = bundledPack();
    const sites = merged.sources.length === 0 && bundled !== null ? mergePacks([bundled]).sites : merged.sites;
    await deps.writeSiteOverrides(sites);
  };
  const syncDeps: SyncDeps = { ...deps, onChanged };

  return {
    run: (force) =>
      serial(async () => {
        const config = await deps.loadConfig();
        const outcomes = await syncSources(syncDeps, config, force);
        await deps.scheduleAt(await nextSyncAt(deps.db, config, deps.now()));
        return outcomes;
      }),
    importText: (text) =>
      serial(async (): Promise<ImportResult> => {
        const started = performance.now();
        const config = await deps.loadConfig();
        const parsed = await parsePackText(text, { trustedKeys: config.trustedKeys, allowUnsigned: config.allowUnsignedFileImport });
        if (!parsed.ok) return parsed;
        const now = deps.now();
        const stored = await storePack(deps.db, FILE_SOURCE_ID, parsed, {
          now,
          order: mergeOrder(config),
          nextState: ({ lastError: _cleared, ...state }) => ({ ...state, failures: 0, lastAttempt: now, lastSuccess: now }),
        });
        if (stored.outcome === 'refused') return { ok: false, error: stored.error };
        if (stored.outcome === 'stored') await onChanged(stored.merged);
        const durationMs = Math.round((performance.now() - started) * 10) / 10;
        return { ok: true, installed: stored.installed, unchanged: stored.outcome === 'unchanged', durationMs };
      }),
    removeImported: () =>
      serial(async () => {
        const config = await deps.loadConfig();
        const order = mergeOrder(config).filter((id) => id !== FILE_SOURCE_ID);
        const merged = await pruneSources(deps.db, order);
        if (merged !== undefined) await onChanged(merged);
      }),
  };
}
