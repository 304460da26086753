import type { Page, Worker } from '@playwright/test';

// The keyboard command (Alt+Shift+C by default, manifest `commands`) opens
// the panel of the composer the person is writing in. Browser shortcuts
// cannot be pressed from Playwright, so the background's message to the tab
// is sent as its command handler sends it (lib/background/commands.ts,
// lib/tab-messaging.ts; unit-tested from the command on).

interface TabsApi {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** What the content script answers: `{ opened: true }` when a panel opened. */
export async function pressOpenPanel(worker: Worker, page: Page): Promise<unknown> {
  return worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    return chrome.tabs.sendMessage(tab.id, { chorusTab: 'openPanel', payload: {} });
  }, page.url());
}
