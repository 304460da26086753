import type { ChorusDb } from './db';
import { countSince, recordShareEvent, startOfWeek } from './history';
import type { Handlers } from './messaging';
import { activeItems } from './pack/select';
import { buildStatus } from './pack-status';
import { createDraftChecker } from './draft-check';
import { contentFor, guidelinesFor } from './packs';
import { createPackHandlers } from './pack-handlers';
import type { PolicyRead } from './policy';
import type { PackSettings, Settings } from './storage';
import type { PackSync } from './sync/controller';
import type { PackConfig } from './sync/sources';

// The background's answers to the typed protocol, with every dependency
// passed in, so they run in unit tests without a browser. Pack settings,
// sync and import live in pack-handlers.ts; the object below must still
// name every request, so a forgotten one fails to compile.

export interface ServiceDeps {
  db: ChorusDb;
  /** Policy and options resolved (lib/sync/config.ts). */
  config: () => Promise<PackConfig>;
  /**
   * The same, waiting for the managed policy at most `graceMs`; `pending` when
   * it went on without it (lib/policy-grace.ts).
   */
  configSoon: (graceMs: number) => Promise<{ config: PackConfig; pending: boolean }>;
  policy: () => Promise<PolicyRead>;
  settings: () => Promise<Settings>;
  packSettings: { get: () => Promise<PackSettings>; set: (settings: PackSettings) => Promise<void> };
  packSync: PackSync;
  preferredLanguages: () => string[];
  now: () => Date;
  /** The keys of the open-panel command, null when it has none (lib/shortcut-settings.ts). */
  shortcut: () => Promise<string | null>;
  openShortcutSettings: () => Promise<boolean>;
}

/**
 * How long a first answer waits for the managed policy before going on
 * without it: well under what a person notices, and enough for the usual case
 * where the browser already has it (a few ms once read).
 */
export const POLICY_GRACE_MS = 150;
/** How long an answer that asked to wait for the policy waits at most (from when the read began); Chromium was seen taking 4.8 s. */
export const POLICY_WAIT_MS = 10_000;

/** Team and role: the admin's policy wins over what the person typed. */
export async function audienceOf(deps: ServiceDeps, config: PackConfig): Promise<{ team: string; role: string }> {
  const settings = await deps.settings();
  return { team: config.team ?? settings.team, role: config.role ?? settings.role };
}

export function createHandlers(deps: ServiceDeps): Handlers {
  const status = async () => {
    const config = await deps.config();
    const now = deps.now();
    const insertedThisWeek = await countSince(deps.db, startOfWeek(now));
    return buildStatus(deps.db, config, { now, insertedThisWeek, ...(await audienceOf(deps, config)) });
  };
  // A check is asked again on the next pause in typing, so it need not wait for the policy either.
  const checkDraft = createDraftChecker(async () => guidelinesFor(deps.db, (await deps.configSoon(POLICY_GRACE_MS)).config));
  return {
    async checkDraft(request) {
      return { findings: await checkDraft(request) };
    },
    async getSuggestions({ network, waitForPolicy }) {
      const { config, pending } = await deps.configSoon(waitForPolicy ? POLICY_WAIT_MS : POLICY_GRACE_MS);
      const [{ pack, items, guidelines }, audience] = await Promise.all([contentFor(deps.db, config, network), audienceOf(deps, config)]);
      const languages = deps.preferredLanguages();
      // The company's default language ranks after the person's own.
      const preferredLanguages = config.defaultLanguage === undefined ? languages : [...languages, config.defaultLanguage];
      const summary = guidelines && guidelines.rules.length > 0 ? { contact: guidelines.contact, policyUrl: guidelines.policyUrl } : null;
      return { pack, items: activeItems(items, { now: deps.now(), network, ...audience }), guidelines: summary, preferredLanguages, pending };
    },
    async recordInsert({ itemId, network, surface }) {
      // Only the item id and where: the draft's text never leaves the page.
      await recordShareEvent(deps.db, { itemId, network, surface, action: 'inserted', at: deps.now().getTime() });
      return { ok: true };
    },
    getStatus: status,
    async getShortcut() {
      return { shortcut: await deps.shortcut() };
    },
    async openShortcutSettings() {
      return { ok: await deps.openShortcutSettings() };
    },
    ...createPackHandlers(deps, status),
  };
}
