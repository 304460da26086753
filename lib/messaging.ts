import { browser } from 'wxt/browser';
import type { PackError } from './pack/errors';
import type { Guidelines, Network, PackItem } from './pack/schema';
import type { Finding, Severity } from './rules/types';

// The one protocol between content scripts (and popup, options) and the
// background. Each request names its response type; `handleMessages` needs
// a handler for every request, so a forgotten case fails to compile.
// It declares every type it carries and imports nothing that implements
// them: only the pure pack and rule types, so the background, the views and
// the content scripts all depend on it and it depends on none of them.

/** A public key the person pasted in the options page: SPKI (base64 or PEM) or a JWK as JSON text. */
export interface KeySetting {
  keyId: string;
  publicKey: string;
}

/** Pack sources set in the options page (managed policy wins over these). */
export interface PackSettings {
  urls: string[];
  trustedKeys: KeySetting[];
  /** Developer setting: accept unsigned packs, and only from a file import. */
  allowUnsignedFileImport: boolean;
}

/** What an admin pushes through enterprise policy (docs/admin.md, public/managed_schema.json). */
export interface ManagedPolicy {
  packUrls?: string[];
  trustedKeys?: KeySetting[];
  team?: string;
  role?: string;
  reportingEndpoint?: string;
  defaultLanguage?: string;
  syncIntervalMinutes?: number;
  allowUnsignedFileImport?: boolean;
}

/** What the options page and popup say about an installed pack without reading it. */
export interface InstalledSummary {
  packId: string;
  publisher: string;
  version: number;
  issuedAt: string;
  signed: boolean;
  receivedAt: number;
  items: number;
}

export type ImportResult =
  | { ok: true; installed: InstalledSummary; unchanged: boolean; durationMs: number }
  | { ok: false; error: PackError };

export type SyncResult = 'stored' | 'unchanged' | 'not-modified' | 'failed' | 'skipped';

export interface SyncOutcome {
  sourceId: string;
  result: SyncResult;
  error?: PackError;
  /** Download, verification and storage, measured in the background. */
  durationMs: number;
}

/** A draft to check. Its text goes to the extension's own worker, on this device, and nowhere else. */
export interface DraftCheckRequest {
  network: Network;
  text: string;
  lockedSpans: string[];
  /** Items Chorus inserted into this composer: findings in their unchanged text are the pack's. */
  insertedItemIds?: string[];
}

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
export interface SourceStatus {
  id: string;
  url?: string;
  lastAttempt?: number;
  lastSuccess?: number;
  /** Failures in a row; drives the backoff. */
  failures: number;
  nextAttemptAt?: number;
  lastError?: PackError & { at: number };
  installed?: InstalledSummary;
  kind: 'url' | 'file';
  origin: 'policy' | 'options' | 'file';
}

/**
 * An item of the pack in force whose own text, inserted by Chorus and left as
 * it was, breaks one of the pack's guidelines: the admin's to fix, not the
 * person's mistake. Ids and counts only, kept on this device.
 */
export interface PackProblem {
  packId: string;
  packVersion: number;
  itemId: string;
  itemTitle: string;
  network: Network;
  ruleId: string;
  severity: Severity;
  /** How many checks found it. */
  seen: number;
  lastSeen: number;
}

export interface Status {
  /** The broadest pack in force (the company-wide one), for "From <publisher>". */
  pack: PackSummary | null;
  /** Findings in the pack's own unchanged text, for the pack in force. */
  packProblems: PackProblem[];
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
  getPackSettings: 'extension-pages',
  setPackSettings: 'extension-pages',
  syncNow: 'extension-pages',
  importPack: 'extension-pages',
  removeImportedPack: 'extension-pages',
} as const satisfies Record<MessageType, Senders>;

function fromExtensionPage(sender: { url?: string }): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }, sendResponse: (response: unknown) => void) => {
    // Not ours (or from a newer/older build): let other listeners answer.
    if (!isEnvelope(message)) return undefined;
    if (SENDERS[message.type] === 'extension-pages' && !fromExtensionPage(sender)) {
      console.warn('Chorus: %s refused from %s', message.type, sender.url);
      return undefined;
    }
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
