import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/db';
import { handleMessages } from '../lib/messaging';
import { activePack } from '../lib/packs';
import { createHandlers } from '../lib/service';
import { settingsItem } from '../lib/storage';

// Wiring only: listeners are registered synchronously at start-up, as a
// service worker woken by a message needs; the work lives in lib/.
export default defineBackground(() => {
  const db = openDb();
  handleMessages(
    createHandlers({
      db,
      activePack,
      settings: () => settingsItem.getValue(),
      preferredLanguages: () => [browser.i18n.getUILanguage(), ...navigator.languages],
      now: () => new Date(),
    }),
  );
});
