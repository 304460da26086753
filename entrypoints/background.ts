import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/background/db';
import { handleMessages } from '../lib/messaging';
import { handleRequestPorts } from '../lib/messaging/request-port';
import { runCommand } from '../lib/background/commands';
import { createHandlers } from '../lib/background/handlers';
import { sendToTab } from '../lib/tab-messaging';
import { packProblemsItem, packSettingsItem, settingsItem, siteOverridesItem } from '../lib/storage';
import { openShortcutSettings, readOpenPanelShortcut, showShortcutState } from '../lib/background/shortcut-settings';
import { loadPackConfig, loadPackConfigSoon, readManagedPolicy } from '../lib/background/sync/config';
import { createPackSync } from '../lib/background/sync/controller';
import { scheduleSync, SYNC_ALARM } from '../lib/background/sync/alarm';

// Wiring only: listeners are registered synchronously at start-up, as a
// service worker woken by a message or an alarm needs; the work lives in lib/.
export default defineBackground(() => {
  const db = openDb();
  const packSync = createPackSync({
    db,
    loadConfig: loadPackConfig,
    scheduleAt: scheduleSync,
    writeSiteOverrides: (sites) => siteOverridesItem.setValue(sites),
    now: () => Date.now(),
    random: Math.random,
  });
  const handlers = createHandlers({
      db,
      config: loadPackConfig,
      configSoon: loadPackConfigSoon,
      policy: readManagedPolicy,
      settings: () => settingsItem.getValue(),
      packSettings: { get: () => packSettingsItem.getValue(), set: (settings) => packSettingsItem.setValue(settings) },
      packSync,
      packProblems: { get: () => packProblemsItem.getValue(), set: (problems) => packProblemsItem.setValue(problems) },
      preferredLanguages: () => [browser.i18n.getUILanguage(), ...navigator.languages],
      now: () => new Date(),
      // Whoever asks (the popup, a panel) also brings the toolbar badge up to date.
      shortcut: async () => {
        const keys = await readOpenPanelShortcut();
        void showShortcutState(keys).catch(() => {});
        return keys;
      },
      openShortcutSettings,
    });
  handleMessages(handlers);
  // Draft checks while typing come over a port (lib/messaging/request-port.ts).
  handleRequestPorts(handlers);
  // Chromium installs the command with no key when its suggested key is taken
  // (by the browser or another extension); the toolbar button says so.
  const checkShortcut = () => void readOpenPanelShortcut().then(showShortcutState, () => {});
  // Packs are fetched on install and update, on browser start (a browser
  // restart may have dropped the alarm; starts are spread out, so skipping
  // the backoff once is cheap), when the alarm falls due (respecting backoff),
  // and when the admin's policy changes.
  browser.runtime.onInstalled.addListener(() => {
    void packSync.run(true);
    checkShortcut();
  });
  browser.runtime.onStartup.addListener(() => {
    void packSync.run(true);
    checkShortcut();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void packSync.run(false);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void packSync.run(true);
  });
  // Firefox says when a key changes; in Chromium a pressed key, the popup or
  // the next start clears the badge once a key is set.
  (browser.commands as { onChanged?: { addListener(listener: () => void): void } }).onChanged?.addListener(checkShortcut);
  browser.commands.onCommand.addListener((command, tab) => {
    checkShortcut();
    void runCommand(command, tab?.id, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, type) => sendToTab(tabId, type, {}),
    });
  });
});
