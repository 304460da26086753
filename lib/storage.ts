import { storage } from 'wxt/utils/storage';

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

// A public key the person pasted in the options page: SPKI (base64 or PEM) or
// a JWK as JSON text, told apart when used (lib/sync/keys.ts).
export interface KeySetting {
  keyId: string;
  publicKey: string;
}

// Pack sources set in the options page. Managed policy, when present, wins
// over these (lib/sync/sources.ts), so a person cannot point a managed
// install elsewhere.
export interface PackSettings {
  urls: string[];
  trustedKeys: KeySetting[];
  /** Developer setting: accept unsigned packs, and only from a file import. */
  allowUnsignedFileImport: boolean;
}

export const packSettingsItem = storage.defineItem<PackSettings>('local:packSettings', {
  fallback: { urls: [], trustedKeys: [], allowUnsignedFileImport: false },
  version: 1,
});

// The managed policy as last read, so the first answers after a browser start
// need not wait seconds for the browser's own copy (lib/policy-grace.ts).
// null: never read on this device; `policy: null`: read, and none applied.
// Written only by the background, and validated again when read (lib/policy.ts).
export const lastPolicyItem = storage.defineItem<{ policy: Record<string, unknown> | null } | null>('local:lastManagedPolicy', {
  fallback: null,
  version: 1,
});
