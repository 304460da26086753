import { browser } from 'wxt/browser';
import { openPanelShortcut } from '../messaging/commands';
import { t } from '../i18n';

// The browser-facing half of the open-panel shortcut: which keys it has, and
// the browser's own page for changing them. Used by the background (at install
// and start, and for the panel, whose content script has no commands API) and
// by the popup.

export async function readOpenPanelShortcut(): Promise<string | null> {
  return openPanelShortcut(await browser.commands.getAll());
}

/** How to reach the browser's shortcut settings; pure, so tests can name each case. */
export type ShortcutSettingsRoute = { kind: 'api' } | { kind: 'tab'; url: string };

export function shortcutSettingsRoute(env: { hasOpenShortcutSettings: boolean; firefox: boolean }): ShortcutSettingsRoute {
  // Firefox 137+ opens its add-on shortcut settings for us; earlier ones only
  // have the add-ons manager, and tabs.create refuses about:addons there (a
  // privileged page), so the caller says in words where to go if it fails.
  if (env.hasOpenShortcutSettings) return { kind: 'api' };
  return { kind: 'tab', url: env.firefox ? 'about:addons' : 'chrome://extensions/shortcuts' };
}

/** Opens the browser's shortcut settings in a tab; false when the browser refused. */
export async function openShortcutSettings(): Promise<boolean> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const route = shortcutSettingsRoute({ hasOpenShortcutSettings: typeof commands.openShortcutSettings === 'function', firefox: import.meta.env.FIREFOX });
  try {
    if (route.kind === 'api') await commands.openShortcutSettings?.();
    else await browser.tabs.create({ url: route.url });
    return true;
  } catch (error) {
    console.warn('Chorus: could not open the shortcut settings', error);
    return false;
  }
}

/**
 * With no key, the toolbar button says so (a badge and its tooltip), so a
 * person who pressed the key in vain finds out why; nothing opens by itself.
 */
export async function showShortcutState(shortcut: string | null): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: shortcut === null ? '!' : '' }),
    browser.action.setTitle({ title: shortcut === null ? t('actionNoShortcut') : t('extName') }),
  ]);
}
