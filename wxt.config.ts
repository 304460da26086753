import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { OPEN_PANEL_COMMAND, OPEN_PANEL_SUGGESTED_KEY } from './lib/messaging/commands';

// Only the sites Chorus helps on. The pack URL an admin configures is reached
// by CORS or an optional permission for that one origin, never by widening this.
const HOSTS = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];

// Pins the Chromium extension id (baobmioimbplemipcdjaagbpgfhpikbp) for unpacked
// and self-hosted builds, so managed policy files, docs/admin.md and the tests
// can name it. Only the public half exists; a Chrome Web Store listing has its
// own id and key, which then replace this one (docs/admin.md).
const CHROMIUM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA08AUFiZSqGRDcW7A/2190Jm2aP6bxB1fpWoI5X/gZ40bB/ehnu1r4GieREw7wWLPo5Vd+vmSJDfaowf+D5O69gaTZfiVr+tSDsS8nJ49b5VQqdW2Yfk7lAN+upkEmd3eAhhf2ptpHX9JJ/ovqVQPBmVgbGMHEmtD5QNio5B0bQzrRChOiO5m/AXf4PL5An6+Du6IPjFT/s9cUHY/NfJWvWhS21KOn/AojmERW7S80NUHfP0PlQJBWop22qZCElHnOK3Y/CokeeACnrXYcrYHh5W7rOZL+0nwfBSejIOFvUbDPllxatvQjKLyKjNPlFmO3/vHeND4WEqAX2J6VdVWCQIDAQAB';

// core-js 2, pulled in by twitter-text (the X length rule), finds the global
// object with `window.Math == Math ? window : self.Math == Math ? self :
// Function('return this')()`. In a Firefox content script `window` and `self`
// are Xrays of the page's window, whose Math is not the script's own, so it
// falls through to Function(), which the MV3 extension CSP (no 'unsafe-eval')
// blocks: the content scripts threw on load and never mounted in Firefox.
// globalThis is the right answer everywhere (Chromium took the first branch).
const coreJsGlobalWithoutEval: Plugin = {
  name: 'chorus:core-js-global-without-eval',
  transform: {
    filter: { id: /[\\/]core-js[\\/](library[\\/])?modules[\\/]_global\.js$/ },
    handler: (code) => code.replace("Function('return this')()", 'globalThis'),
  },
};

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), coreJsGlobalWithoutEval],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: HOSTS,
    action: { default_title: '__MSG_extName__' },
    // Opens the panel of the composer the person is writing in and puts the
    // caret in its search; keys can be changed in the browser's shortcut
    // settings. Why this key: lib/messaging/commands.ts.
    commands: {
      [OPEN_PANEL_COMMAND]: { suggested_key: { default: OPEN_PANEL_SUGGESTED_KEY }, description: '__MSG_commandOpenPanel__' },
    },
    // What an admin may set by policy (docs/admin.md); read through browser.storage.managed.
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'chorus@chorus.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROMIUM_KEY }),
  }),
});
