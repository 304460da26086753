import { defineContentScript } from 'wxt/utils/define-content-script';
import { startChorus } from '../../lib/content/start';
import { xAdapter } from '../../lib/sites/x';

export default defineContentScript({
  // x.com and the old twitter.com host, which still serves the same app.
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startChorus(ctx, xAdapter);
  },
});
