import { browser } from 'wxt/browser';
import type { Network } from '../pack/schema';
import type { Finding } from '../rules/types';
import type {
  DraftCheckRequest,
  ImportResult,
  PackSettings,
  PackSettingsView,
  SettingsProblem,
  Status,
  Suggestions,
  SyncOutcome,
} from './types';

export type * from './types';

// The one protocol between content scripts (and popup, options) and the
// background. Each request names its response type; `handleMessages` needs
// a handler for every request, so a forgotten case fails to compile.
// It declares every type it carries and imports nothing that implements
// them: only the pure pack and rule types, so the background, the views and
// the content scripts all depend on it and it depends on none of them.

export interface Protocol {
  getSuggestions: { request: { network: Network; waitForPolicy?: boolean }; response: Suggestions };
  recordInsert: { request: { itemId: string; network: Network; surface: string }; response: { ok: true } };
  /** The draft's text goes to the extension's own worker, on this device, and nowhere else. */
  checkDraft: { request: DraftCheckRequest; response: { findings: Finding[] } };
  getStatus: { request: Record<string, never>; response: Status };
  /** The keys of the open-panel command (content scripts have no commands API); null when it has none. */
  getShortcut: { request: Record<string, never>; response: { shortcut: string | null } };
  /** Opens the browser's shortcut settings in a tab; ok false when the browser refused. */
  openShortcutSettings: { request: Record<string, never>; response: { ok: boolean } };
  getPackSettings: { request: Record<string, never>; response: PackSettingsView };
  /** Validates and saves; syncing is a separate syncNow, so saving never waits on a server. */
  setPackSettings: { request: { settings: PackSettings }; response: { ok: true } | { ok: false; problems: SettingsProblem[] } };
  /** Downloads every URL source now, ignoring schedule and backoff. */
  syncNow: { request: Record<string, never>; response: { outcomes: SyncOutcome[]; status: Status } };
  /** A pack file from the options page (file picker or drag and drop). */
  importPack: { request: { text: string }; response: { result: ImportResult; status: Status } };
  removeImportedPack: { request: Record<string, never>; response: { status: Status } };
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

// Own keys only: `'constructor' in handlers` is true of every object.
function isEnvelope(message: unknown): message is Envelope<MessageType> {
  return typeof message === 'object' && message !== null && 'type' in message && typeof message.type === 'string' && Object.hasOwn(SENDERS, message.type);
}

/** Who may send a request: any of Chorus's scripts, or only the extension's own pages. */
export type Senders = 'content-and-pages' | 'extension-pages';

// Requests that change what Chorus trusts or installs come only from the
// extension's own pages (options, popup): content scripts run inside
// linkedin.com and x.com, so a compromised page process could speak for them.
// A Record over every message type, so a new request must say who may send it.
export const SENDERS = {
  getSuggestions: 'content-and-pages',
  recordInsert: 'content-and-pages',
  checkDraft: 'content-and-pages',
  getStatus: 'content-and-pages',
  // The panel's help says whether the shortcut has a key and offers the
  // browser's page to set one (content scripts have no commands API).
  getShortcut: 'content-and-pages',
  openShortcutSettings: 'content-and-pages',
  getPackSettings: 'extension-pages',
  setPackSettings: 'extension-pages',
  syncNow: 'extension-pages',
  importPack: 'extension-pages',
  removeImportedPack: 'extension-pages',
} as const satisfies Record<MessageType, Senders>;

function fromExtensionPage(sender: { url?: string }): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** What a request asks of its handler, or undefined when it is not ours or not allowed from `sender`. */
export function answerRequest(message: unknown, sender: { url?: string }, handlers: Handlers): Promise<unknown> | undefined {
  // Not ours (or from a newer/older build): let other listeners answer.
  if (!isEnvelope(message)) return undefined;
  if (SENDERS[message.type] === 'extension-pages' && !fromExtensionPage(sender)) {
    console.warn('Chorus: %s refused from %s', message.type, sender.url);
    return undefined;
  }
  const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
  return handler(message.payload).catch((error: unknown) => {
    console.error('Chorus: %s failed', message.type, error);
    return undefined;
  });
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }, sendResponse: (response: unknown) => void) => {
    const answer = answerRequest(message, sender, handlers);
    if (!answer) return undefined;
    // sendResponse rather than a returned promise: Chromium only recently
    // learned promises here, and `return true` keeps the channel open.
    void answer.then(sendResponse);
    return true;
  });
}
