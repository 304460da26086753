import type { PackSettings } from '../messaging';
import type { Settings } from '../storage';
import type { ChorusDb } from './db';
import type { PackProblemStore } from './pack-problems';
import type { PolicyRead } from './policy';
import type { PackSync } from './sync/controller';
import type { PackConfig } from './sync/sources';

// What the background's handlers need from the worker's wiring
// (entrypoints/background.ts), passed in so they run in unit tests without a
// browser. A file of its own, so the handlers that share it import it rather
// than each other.

export interface ServiceDeps {
  db: ChorusDb;
  /** Policy and options resolved (lib/background/sync/config.ts). */
  config: () => Promise<PackConfig>;
  /**
   * The same, waiting for the managed policy at most `graceMs`; `pending` when
   * it went on without it (lib/background/policy-grace.ts).
   */
  configSoon: (graceMs: number) => Promise<{ config: PackConfig; pending: boolean }>;
  policy: () => Promise<PolicyRead>;
  settings: () => Promise<Settings>;
  packSettings: { get: () => Promise<PackSettings>; set: (settings: PackSettings) => Promise<void> };
  packSync: PackSync;
  packProblems: PackProblemStore;
  preferredLanguages: () => string[];
  now: () => Date;
  /** The keys of the open-panel command, null when it has none (lib/background/shortcut-settings.ts). */
  shortcut: () => Promise<string | null>;
  openShortcutSettings: () => Promise<boolean>;
}
