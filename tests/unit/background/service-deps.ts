// A ServiceDeps for unit tests: a real Dexie on fake-indexeddb, a real pack
// sync with an injected fetch, and policy and settings held in memory.
import type { ChorusDb } from '../../../lib/background/db';
import type { ManagedPolicy, PackProblem, PackSettings } from '../../../lib/messaging';
import type { ServiceDeps } from '../../../lib/background/deps';
import type { Settings } from '../../../lib/storage';
import { createPackSync } from '../../../lib/background/sync/controller';
import { resolveConfig } from '../../../lib/background/sync/sources';

export interface TestWorld {
  deps: ServiceDeps;
  policy: ManagedPolicy | null;
  packSettings: PackSettings;
  settings: Settings;
  scheduled: (number | undefined)[];
  siteOverrides: unknown[];
  clock: { now: number };
  packProblems: PackProblem[];
}

export function makeWorld(db: ChorusDb, opts: { fetch?: typeof fetch; now?: Date } = {}): TestWorld {
  const world: Omit<TestWorld, 'deps'> = {
    policy: null,
    packSettings: { urls: [], trustedKeys: [], allowUnsignedFileImport: false },
    settings: { team: '', role: '' },
    scheduled: [],
    siteOverrides: [],
    clock: { now: (opts.now ?? new Date('2026-11-23T12:00:00Z')).getTime() },
    packProblems: [],
  };
  const config = async () => resolveConfig(world.policy, world.packSettings);
  const packSync = createPackSync({
    db,
    loadConfig: config,
    scheduleAt: async (when) => void world.scheduled.push(when),
    writeSiteOverrides: async (sites) => void world.siteOverrides.push(sites),
    now: () => world.clock.now,
    random: () => 0.5,
    ...(opts.fetch === undefined ? {} : { fetch: opts.fetch }),
  });
  const deps: ServiceDeps = {
    db,
    config,
    configSoon: async () => ({ config: await config(), pending: false }),
    policy: async () => ({ policy: world.policy, problems: [] }),
    settings: async () => world.settings,
    packSettings: {
      get: async () => world.packSettings,
      set: async (next) => {
        world.packSettings = next;
      },
    },
    packSync,
    packProblems: {
      get: async () => world.packProblems,
      set: async (problems) => {
        world.packProblems = problems;
      },
    },
    preferredLanguages: () => ['da'],
    now: () => new Date(world.clock.now),
    shortcut: async () => 'Alt+Shift+S',
    openShortcutSettings: async () => true,
  };
  return Object.assign(world, { deps });
}
