import type { PackError } from '../pack/errors';
import type { Guidelines, Network, PackItem } from '../pack/schema';
import type { Severity } from '../rules/types';

// Everything the protocol carries (./index.ts), declared here and nowhere
// else: the background, the views and the content scripts import these, and
// this file imports only the pure pack and rule types.

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
  /**
   * Answered before the browser gave the managed policy (it can take seconds
   * after a browser start) on a device that never read one (a first run), as
   * if there were none: the list may still change. Ask again with
   * `waitForPolicy` for the settled answer (lib/background/policy-grace.ts).
   */
  pending: boolean;
}

/** How one pack source stands: what the worker keeps (lib/background/db.ts) and the views show. */
export interface SourceState {
  url?: string;
  lastAttempt?: number;
  lastSuccess?: number;
  /** Failures in a row; drives the backoff. */
  failures: number;
  nextAttemptAt?: number;
  lastError?: PackError & { at: number };
  installed?: InstalledSummary;
}

/** One pack source as the options page and popup show it. */
export interface SourceStatus extends SourceState {
  id: string;
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

