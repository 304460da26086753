import type { ChorusDb, SyncState } from '../db';
import type { SyncOutcome, SyncResult } from '../../messaging';
import { type PackError, packError } from '../../pack/errors';
import type { MergedPacks } from '../../pack/merge';
import { DEFAULT_MAX_PACK_BYTES, parsePackText } from '../../pack/parse';
import { pruneSources, storePack } from '../pack-store';
import { backoffDelayMs, DEFAULT_BACKOFF } from './backoff';
import { DEFAULT_TIMEOUT_MS, fetchPack } from './fetch-pack';
import { mergeOrder, type PackConfig, packUrlProblem, type UrlSource } from './sources';

// One sync pass over the configured URL sources: download what is due,
// validate, store, and record the outcome per source. A refused or failed
// download only ever changes the source's sync state (error, backoff); the
// installed pack stays until a newer valid one arrives.

export interface SyncDeps {
  db: ChorusDb;
  now: () => number;
  /** [0, 1); injected so tests can pin the jitter. */
  random: () => number;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Called after the packs in force changed (site overrides follow the merge). */
  onChanged: (merged: MergedPacks) => Promise<void>;
}

/** `force`: ignore backoff and schedule (the "Sync now" button, a policy change). */
export async function syncSources(deps: SyncDeps, config: PackConfig, force: boolean): Promise<SyncOutcome[]> {
  const pruned = await pruneSources(deps.db, mergeOrder(config));
  if (pruned !== undefined) await deps.onChanged(pruned);
  const outcomes: SyncOutcome[] = [];
  // One at a time: two large packs parsed at once would double the worker's peak memory.
  for (const source of config.urlSources) outcomes.push(await syncSource(deps, config, source, force));
  return outcomes;
}

async function syncSource(deps: SyncDeps, config: PackConfig, source: UrlSource, force: boolean): Promise<SyncOutcome> {
  const started = performance.now();
  const now = deps.now();
  const previous: SyncState = (await deps.db.syncState.get(source.id)) ?? { sourceId: source.id, url: source.url, failures: 0 };
  const done = (result: SyncResult, error?: PackError): SyncOutcome => ({
    sourceId: source.id,
    result,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    ...(error === undefined ? {} : { error }),
  });
  if (!force && previous.nextAttemptAt !== undefined && previous.nextAttemptAt > now) return done('skipped');

  const intervalMs = config.intervalMinutes * 60_000;
  const succeeded = (state: SyncState, etag: string | undefined): SyncState => {
    const { lastError: _cleared, etag: _old, ...rest } = state;
    return { ...rest, url: source.url, failures: 0, lastAttempt: now, lastSuccess: now, nextAttemptAt: now + intervalMs, ...(etag === undefined ? {} : { etag }) };
  };
  const fail = async (error: PackError): Promise<SyncOutcome> => {
    const failures = previous.failures + 1;
    const delay = backoffDelayMs(failures, deps.random(), { ...DEFAULT_BACKOFF, capMs: Math.max(intervalMs, DEFAULT_BACKOFF.floorMs) });
    // Logged once per new kind of failure, not on every retry of the same one.
    if (previous.lastError?.code !== error.code) console.warn('Chorus: pack %s could not update: %s (%s)', source.url, error.code, error.detail ?? error.message);
    await deps.db.syncState.put({ ...previous, url: source.url, failures, lastAttempt: now, nextAttemptAt: now + delay, lastError: { ...error, at: now } });
    return done('failed', error);
  };

  const urlProblem = packUrlProblem(source.url);
  if (urlProblem !== undefined) return fail(urlProblem);
  // Only ask "changed since?" about a pack that is actually installed.
  const etag = previous.installed === undefined ? undefined : previous.etag;
  const fetched = await fetchPack(source.url, {
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: DEFAULT_MAX_PACK_BYTES,
    ...(etag === undefined ? {} : { etag }),
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
  });
  if (fetched.kind === 'failed') return fail(fetched.error);
  if (fetched.kind === 'not-modified') {
    if (previous.installed === undefined) return fail(packError('http-status', 'HTTP 304 without an installed pack'));
    await deps.db.syncState.put(succeeded(previous, etag));
    return done('not-modified');
  }
  const parsed = await parsePackText(fetched.text, { trustedKeys: config.trustedKeys, allowUnsigned: false });
  if (!parsed.ok) return fail(parsed.error);
  const stored = await storePack(deps.db, source.id, parsed, {
    now,
    order: mergeOrder(config),
    nextState: (state) => succeeded(state, fetched.etag),
  });
  if (stored.outcome === 'refused') return fail(stored.error);
  if (stored.outcome === 'stored') await deps.onChanged(stored.merged);
  return done(stored.outcome);
}

/** When the next pass is due: the earliest next attempt over the URL sources. */
export async function nextSyncAt(db: ChorusDb, config: PackConfig, now: number): Promise<number | undefined> {
  if (config.urlSources.length === 0) return undefined;
  const states = await db.syncState.bulkGet(config.urlSources.map((source) => source.id));
  return Math.min(...states.map((state) => state?.nextAttemptAt ?? now));
}
