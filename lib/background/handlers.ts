import type { Handlers } from '../messaging';
import { activeItems, textFor } from '../pack/select';
import { contentFor, guidelinesFor } from './content-in-force';
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
    const built = await buildStatus(deps.db, config, { now, insertedThisWeek, ...(await audienceOf(deps, config)) });
    return { ...built, packProblems: problemsInForce(await deps.packProblems.get(), built.pack) };
  };
  const checkDraft = createDraftChecker({
    guidelines: async () => guidelinesFor(deps.db, await deps.config()),
    async insertedTexts(itemIds, network) {
      const { items } = await contentFor(deps.db, await deps.config(), network);
      const wanted = new Set(itemIds);
      return items.flatMap((item) => {
        const text = wanted.has(item.id) ? textFor(item, network) : undefined;
        return text === undefined ? [] : [{ itemId: item.id, title: item.title, text }];
      });
    },
    async onPackFindings(network, found) {
      const { pack } = await contentFor(deps.db, await deps.config(), network);
      if (pack) await recordPackProblems(deps.packProblems, pack, network, found, deps.now().getTime());
    },
  });
  return {
    async checkDraft(request) {
      return { findings: await checkDraft(request) };
    },
    async getSuggestions({ network }) {
      const config = await deps.config();
      const [{ pack, items, guidelines }, audience] = await Promise.all([contentFor(deps.db, config, network), audienceOf(deps, config)]);
      const languages = deps.preferredLanguages();
      // The company's default language ranks after the person's own.
      const preferredLanguages = config.defaultLanguage === undefined ? languages : [...languages, config.defaultLanguage];
      const summary = guidelines && guidelines.rules.length > 0 ? { contact: guidelines.contact, policyUrl: guidelines.policyUrl } : null;
      return { pack, items: activeItems(items, { now: deps.now(), network, ...audience }), guidelines: summary, preferredLanguages };
    },
    async recordInsert({ itemId, network, surface }) {
      // Only the item id and where: the draft's text never leaves the page.
      await recordShareEvent(deps.db, { itemId, network, surface, action: 'inserted', at: deps.now().getTime() });
      return { ok: true };
    },
    getStatus: status,
    ...createPackHandlers(deps, status),
  };
}
