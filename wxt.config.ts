import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Only the sites Chorus helps on. The pack URL an admin configures is reached
// by CORS or an optional permission for that one origin, never by widening this.
const HOSTS = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: HOSTS,
    action: { default_title: '__MSG_extName__' },
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
      : {}),
  }),
});
