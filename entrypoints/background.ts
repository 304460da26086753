import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/db';
import { handleMessages } from '../lib/messaging';
import { handleRequestPorts } from '../lib/request-port';
import { runCommand } from '../lib/commands';
import { createHandlers } from '../lib/service';
import { sendToTab } from '../lib/tab-messaging';
import { packSettingsItem, settingsItem, siteOverridesItem } from '../lib/storage';
import { loadPackConfig, readManagedPolicy } from '../lib/sync/config';
import { createPackSync } from '../lib/sync/controller';
import { scheduleSync, SYNC_ALARM } from '../lib/sync/alarm';

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
    policy: readManagedPolicy,
    settings: () => settingsItem.getValue(),
    packSettings: { get: () => packSettingsItem.getValue(), set: (settings) => packSettingsItem.setValue(settings) },
    packSync,
    preferredLanguages: () => [browser.i18n.getUILanguage(), ...navigator.languages],
    now: () => new Date(),
  });
  handleMessages(handlers);
  // Draft checks while typing come over a port (lib/request-port.ts).
  handleRequestPorts(handlers);
  // Packs are fetched on install and update, on browser start (a browser
  // restart may have dropped the alarm; starts are spread out, so skipping
  // the backoff once is cheap), when the alarm falls due (respecting backoff),
  // and when the admin's policy changes.
  browser.runtime.onInstalled.addListener(() => void packSync.run(true));
  browser.runtime.onStartup.addListener(() => void packSync.run(true));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void packSync.run(false);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void packSync.run(true);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, type) => sendToTab(tabId, type, {}),
    });
  });
});
