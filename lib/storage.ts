import { storage } from 'wxt/utils/storage';
import type { PackProblem, PackSettings } from './messaging';

// Person-level settings, kept on this device only. Versioned so that later
// shapes migrate instead of breaking (WXT runs the migrations on first read).
export interface Settings {
  team: string;
  role: string;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { team: '', role: '' },
  version: 1,
});

// What the active pack says about each site (an off switch, extra editor
// selectors). Written by the background when a pack is stored, read once by
// each content script at start, so pages need no message to the background.
export interface SiteOverride {
  enabled?: boolean;
  composerSelectors?: string[];
}

export const siteOverridesItem = storage.defineItem<Partial<Record<'linkedin' | 'x', SiteOverride>>>('local:siteOverrides', {
  fallback: {},
  version: 1,
});

// Pack sources set in the options page (the type is the protocol's, lib/messaging.ts).
// Managed policy, when present, wins over these (lib/background/sync/sources.ts),
// so a person cannot point a managed install elsewhere.
export const packSettingsItem = storage.defineItem<PackSettings>('local:packSettings', {
  fallback: { urls: [], trustedKeys: [], allowUnsignedFileImport: false },
  version: 1,
});

// Findings in a pack's own unchanged text (lib/background/pack-problems.ts), for the
// popup and the options page. Ids and counts only.
export const packProblemsItem = storage.defineItem<PackProblem[]>('local:packProblems', {
  fallback: [],
  version: 1,
});

// The managed policy as last read, so the first answers after a browser start
// need not wait seconds for the browser's own copy (lib/background/policy-grace.ts).
// null: never read on this device; `policy: null`: read, and none applied.
// Written only by the background, and validated again when read (lib/background/policy.ts).
export const lastPolicyItem = storage.defineItem<{ policy: Record<string, unknown> | null } | null>('local:lastManagedPolicy', {
  fallback: null,
  version: 1,
});
