import type { ChorusDb } from './db';
import { countSince, recordShareEvent, startOfWeek } from './history';
import type { Handlers } from './messaging';
import { summarize } from './packs';
import { activeItems } from './pack/select';
import { NETWORKS, type Pack } from './pack/schema';
import type { Settings } from './storage';

// The background's answers to the typed protocol, with every dependency
// passed in, so they run in unit tests without a browser.

export interface ServiceDeps {
  db: ChorusDb;
  activePack: () => Promise<Pack | null>;
  settings: () => Promise<Settings>;
  preferredLanguages: () => string[];
  now: () => Date;
}

export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    async getSuggestions({ network }) {
      const [pack, settings] = await Promise.all([deps.activePack(), deps.settings()]);
      const items = pack ? activeItems(pack.items, { now: deps.now(), network, team: settings.team, role: settings.role }) : [];
      return { pack: summarize(pack), items, preferredLanguages: deps.preferredLanguages() };
    },
    async recordInsert({ itemId, network, surface }) {
      // Only the item id and where: the draft's text never leaves the page.
      await recordShareEvent(deps.db, { itemId, network, surface, action: 'inserted', at: deps.now().getTime() });
      return { ok: true };
    },
    async getStatus() {
      const [pack, settings] = await Promise.all([deps.activePack(), deps.settings()]);
      const now = deps.now();
      const ids = new Set<string>();
      for (const network of NETWORKS) {
        for (const item of pack ? activeItems(pack.items, { now, network, team: settings.team, role: settings.role }) : []) ids.add(item.id);
      }
      return { pack: summarize(pack), activeItems: ids.size, insertedThisWeek: await countSince(deps.db, startOfWeek(now)) };
    },
  };
}
