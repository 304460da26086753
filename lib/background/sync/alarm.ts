import { browser } from 'wxt/browser';

// One alarm drives every pack source: it is set for the earliest source due
// (its normal interval, or its backoff after a failure). An alarm wakes the
// service worker, and Chromium keeps it across worker restarts; a browser
// restart may drop it, which is why start-up runs a pass of its own.

export const SYNC_ALARM = 'chorus-pack-sync';
// chrome.alarms refuses to fire sooner than 30 s in a packed extension.
const MIN_DELAY_MS = 30_000;

export async function scheduleSync(when: number | undefined): Promise<void> {
  if (when === undefined) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  await browser.alarms.create(SYNC_ALARM, { when: Math.max(when, Date.now() + MIN_DELAY_MS) });
}
