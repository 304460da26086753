import { browser } from 'wxt/browser';
import type { Network, PackItem } from './pack/schema';

// The one protocol between content scripts (and popup, options) and the
// background. Each request names its response type; `handleMessages` needs
// a handler for every request, so a forgotten case fails to compile.

export interface PackSummary {
  id: string;
  publisher: string;
  version: number;
  issuedAt: string;
}

export interface Suggestions {
  pack: PackSummary | null;
  items: PackItem[];
  /** Languages to rank first: the person's UI language, then the browser's. */
  preferredLanguages: string[];
}

export interface Status {
  pack: PackSummary | null;
  activeItems: number;
  insertedThisWeek: number;
}

export interface Protocol {
  getSuggestions: { request: { network: Network }; response: Suggestions };
  recordInsert: { request: { itemId: string; network: Network; surface: string }; response: { ok: true } };
  getStatus: { request: Record<string, never>; response: Status };
}

export type MessageType = keyof Protocol;
type Envelope<K extends MessageType> = { type: K; payload: Protocol[K]['request'] };

export async function sendMessage<K extends MessageType>(
  type: K,
  payload: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  const envelope: Envelope<K> = { type, payload };
  return (await browser.runtime.sendMessage(envelope)) as Protocol[K]['response'];
}

export type Handlers = {
  [K in MessageType]: (payload: Protocol[K]['request']) => Promise<Protocol[K]['response']>;
};

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope<MessageType> {
  return typeof message === 'object' && message !== null && 'type' in message && typeof message.type === 'string' && message.type in handlers;
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    // Not ours (or from a newer/older build): let other listeners answer.
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
    // sendResponse rather than a returned promise: Chromium only recently
    // learned promises here, and `return true` keeps the channel open.
    handler(message.payload).then(sendResponse, (error: unknown) => {
      console.error('Chorus: %s failed', message.type, error);
      sendResponse(undefined);
    });
    return true;
  });
}
