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
