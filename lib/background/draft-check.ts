import type { DraftCheckRequest, PackSummary } from '../messaging';
import type { Guidelines, Network } from '../pack/schema';
import type { PackFinding } from './pack-problems';
import { compileRules } from '../rules/compile';
import { type InsertedText, splitInsertedFindings } from '../rules/inserted-findings';
import type { Finding, RuleConfigError, RuleEngine } from '../rules/types';

// Guideline checks run in the background: the engine is compiled once per
// pack for the whole browser instead of once per tab, and the content script
// that loads on every LinkedIn and X page stays small. The draft's text goes
// from the page to the extension's own worker on this device and nowhere else.

export interface DraftCheckerDeps {
  guidelines: () => Promise<Guidelines | null>;
  /** The inserted items' texts for the network, as the pack in force has them. */
  inserted: (itemIds: string[], network: Network) => Promise<{ pack: PackSummary | null; texts: (InsertedText & { title: string })[] }>;
  /** Findings that are the pack's own doing, kept from the person (lib/background/pack-problems.ts). */
  onPackFindings: (pack: PackSummary, network: Network, found: PackFinding[]) => Promise<void>;
}

/** Longest draft checked; LinkedIn's limit is 3,000, so this is generous. */
const MAX_TEXT = 20_000;
/** A composer holds a few insertions at most; more is not a real request. */
const MAX_INSERTED = 20;

export function createDraftChecker(deps: DraftCheckerDeps) {
  let cached: { key: string; engine: RuleEngine; errors: RuleConfigError[] } | null = null;

  const engineFor = (current: Guidelines): RuleEngine => {
    const key = JSON.stringify(current.rules);
    if (cached?.key !== key) {
      const { engine, errors } = compileRules(current.rules);
      // The pack's author sees these in the pack tools; here they are noted once per pack.
      if (errors.length > 0) console.warn('Chorus: some guideline rules were skipped', errors);
      cached = { key, engine, errors };
    }
    return cached.engine;
  };

  return async ({ network, text, lockedSpans, insertedItemIds = [] }: DraftCheckRequest): Promise<Finding[]> => {
    const current = await deps.guidelines();
    if (!current || text.length > MAX_TEXT) return [];
    const findings = engineFor(current).check(text, { network, ...(lockedSpans.length > 0 ? { lockedSpans } : {}) });
    if (insertedItemIds.length === 0 || findings.length === 0) return findings;
    const { pack: inForce, texts: inserted } = await deps.inserted([...new Set(insertedItemIds)].slice(0, MAX_INSERTED), network);
    const { own, pack } = splitInsertedFindings(text, findings, inserted);
    if (pack.length > 0) {
      const titles = new Map(inserted.map((item) => [item.itemId, item.title]));
      const found = pack.map(({ itemId, finding }) => ({ itemId, itemTitle: titles.get(itemId) ?? itemId, finding }));
      // A failing store must not cost the person their check.
      if (inForce) await deps.onPackFindings(inForce, network, found).catch((error: unknown) => console.error('Chorus: could not record a pack problem', error));
    }
    return own;
  };
}
