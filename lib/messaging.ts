import { browser } from 'wxt/browser';
import type { SyncState } from './db';
import type { PackError } from './pack/errors';
import type { DraftCheckRequest } from './draft-check';
import type { Finding } from './rules/types';
import type { Guidelines, Network, PackItem } from './pack/schema';
import type { ManagedPolicy } from './policy';
import type { PackSettings } from './storage';
import type { ImportResult } from './sync/controller';
import type { SyncOutcome } from './sync/run';

export type { ImportResult, SyncOutcome };

// The one protocol between content scripts (and popup, options) and the
// background. Each request names its response type; `handleMessages` needs
// a handler for every request, so a forgotten case fails to compile.

export interface GuidelinesSummary {
  contact: Guidelines['contact'];
  policyUrl: string;
}

export interface PackSummary {
  id: string;
  publisher: string;
  version: number;
  issuedAt: string;
}

export interface Suggestions {
  pack: PackSummary | null;
  items: PackItem[];
  /**
   * Who to ask and where the policy is, when there are rules to check drafts
   * against. The rules stay in the background, which runs the checks: their
   * banned terms name unannounced products and code names, which the page's
   * process has no need to hold.
   */
  guidelines: GuidelinesSummary | null;
  /** Languages to rank first: the person's UI language, then the browser's. */
  preferredLanguages: string[];
}

/** One pack source as the options page and popup show it. */
export interface SourceStatus extends Omit<SyncState, 'sourceId' | 'etag'> {
  id: string;
  kind: 'url' | 'file';
  origin: 'policy' | 'options' | 'file';
}

export interface Status {
  /** The broadest pack in force (the company-wide one), for "From <publisher>". */
  pack: PackSummary | null;
  activeItems: number;
  insertedThisWeek: number;
  /** 'bundled': no source is configured and the sample pack is shown. */
  content: 'bundled' | 'configured';
  /** A managed policy applies to this install. */
  managed: boolean;
  sources: SourceStatus[];
}

export interface PackSettingsView {
  settings: PackSettings;
  /** What the admin's policy fixes; those fields are read-only in the options page. */
  policy: ManagedPolicy | null;
  policyProblems: string[];
}

/** A field of the pack settings that was refused, by its place in the lists. */
export interface SettingsProblem {
  field: 'urls' | 'trustedKeys';
  index: number;
  error: PackError;
}

export interface Protocol {
  getSuggestions: { request: { network: Network }; response: Suggestions };
  recordInsert: { request: { itemId: string; network: Network; surface: string }; response: { ok: true } };
  /** The draft's text goes to the extension's own worker, on this device, and nowhere else. */
  checkDraft: { request: DraftCheckRequest; response: { findings: Finding[] } };
  getStatus: { request: Record<string, never>; response: Status };
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

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope<MessageType> {
  return typeof message === 'object' && message !== null && 'type' in message && typeof message.type === 'string' && message.type in handlers;
}

// Requests that change what Chorus trusts or installs. Content scripts run
// inside linkedin.com and x.com, so a compromised page process could speak
// for them; only the extension's own pages (options, popup) may send these.
const PAGE_ONLY: ReadonlySet<string> = new Set<MessageType>(['getPackSettings', 'setPackSettings', 'syncNow', 'importPack', 'removeImportedPack']);

function fromExtensionPage(sender: { url?: string }): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** What a request asks of its handler, or undefined when it is not ours or not allowed from `sender`. */
export function answerRequest(message: unknown, sender: { url?: string }, handlers: Handlers): Promise<unknown> | undefined {
  // Not ours (or from a newer/older build): let other listeners answer.
  if (!isEnvelope(message, handlers)) return undefined;
  if (PAGE_ONLY.has(message.type) && !fromExtensionPage(sender)) {
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
