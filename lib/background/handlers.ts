import type { Handlers } from '../messaging';
import { activeItems, textFor } from '../pack/select';
import { contentFor, guidelinesFor, itemsInForce } from './content-in-force';
import type { ServiceDeps } from './deps';
import { createDraftChecker } from './draft-check';
import { countSince, recordShareEvent, startOfWeek } from './history';
import { createPackHandlers } from './pack-handlers';
import { problemsInForce, recordPackProblems } from './pack-problems';
import { buildStatus } from './pack-status';
import type { PackConfig } from './sync/sources';


// The background's answers to the typed protocol, with every dependency
// passed in, so they run in unit tests without a browser. Pack settings,
// sync and import live in pack-handlers.ts; the object below must still
// name every request, so a forgotten one fails to compile.

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

/** At most one shortcut settings tab per this long, however often it is asked for. */
const SHORTCUT_PAGE_MS = 3_000;

export function createHandlers(deps: ServiceDeps): Handlers {
  let lastShortcutPage = Number.NEGATIVE_INFINITY;
  const status = async () => {
    const config = await deps.config();
    const now = deps.now();
    const insertedThisWeek = await countSince(deps.db, startOfWeek(now));
    const built = await buildStatus(deps.db, config, { now, insertedThisWeek, ...(await audienceOf(deps, config)) });
    return { ...built, packProblems: problemsInForce(await deps.packProblems.get(), built.pack) };
  };
  const soon = async () => (await deps.configSoon(POLICY_GRACE_MS)).config;
  const checkDraft = createDraftChecker({
    // A check is asked again on the next pause in typing, so it need not wait for the policy either.
    guidelines: async () => guidelinesFor(deps.db, await soon()),
    async inserted(itemIds, network) {
      const { pack, items } = await itemsInForce(deps.db, await soon(), itemIds);
      const texts = items.flatMap((item) => {
        const text = textFor(item, network);
        return text === undefined ? [] : [{ itemId: item.id, title: item.title, text }];
      });
      return { pack, texts };
    },
    onPackFindings: (pack, network, found) => recordPackProblems(deps.packProblems, pack, network, found, deps.now().getTime()),
  });
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
      // Content scripts may ask (the panel's help has the button), so a page
      // that speaks for them could ask in a loop: one tab per few seconds.
      const now = deps.now().getTime();
      if (now - lastShortcutPage < SHORTCUT_PAGE_MS) return { ok: true };
      lastShortcutPage = now;
      return { ok: await deps.openShortcutSettings() };
    },
    ...createPackHandlers(deps, status),
  };
}
