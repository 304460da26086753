import { browser } from 'wxt/browser';

// Messages from the background to the content script of one tab, the other
// way from lib/messaging.ts. Only the keyboard command goes this way:
// commands reach the background, the panel lives in the page.

export interface TabProtocol {
  /** Open the panel of the composer the person is in (or was in last) and focus its search. */
  openPanel: { request: Record<string, never>; response: { opened: boolean } };
}

type TabMessageType = keyof TabProtocol;
interface TabEnvelope<K extends TabMessageType> {
  chorusTab: K;
  payload: TabProtocol[K]['request'];
}

export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  payload: TabProtocol[K]['request'],
): Promise<TabProtocol[K]['response'] | undefined> {
  const envelope: TabEnvelope<K> = { chorusTab: type, payload };
  // No content script in the tab (another site, a page loaded before an update).
  return browser.tabs.sendMessage(tabId, envelope).catch(() => undefined) as Promise<TabProtocol[K]['response'] | undefined>;
}

export type TabHandlers = {
  [K in TabMessageType]: (payload: TabProtocol[K]['request']) => TabProtocol[K]['response'];
};

export function onTabMessages(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (response: unknown) => void) => {
    // Only from this extension's background (a tab message has no sender tab).
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    if (typeof message !== 'object' || message === null || !('chorusTab' in message)) return undefined;
    const type = message.chorusTab;
    // Own keys only: `'constructor' in handlers` is true of every object.
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as TabMessageType] as (payload: unknown) => unknown;
    sendResponse(handler((message as { payload?: unknown }).payload));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
