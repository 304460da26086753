import { defineContentScript } from 'wxt/utils/define-content-script';
import { startChorus } from '../../lib/content/start';
import { linkedinAdapter } from '../../lib/sites/linkedin';

export default defineContentScript({
  // Every LinkedIn page: the feed is a single-page app, so a composer can
  // open on any of them (feed, profile, company page) without a page load.
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startChorus(ctx, linkedinAdapter);
  },
});
