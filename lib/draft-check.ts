import type { Guidelines, Network } from './pack/schema';
import { compileRules } from './rules/compile';
import type { Finding, RuleConfigError, RuleEngine } from './rules/types';

// Guideline checks run in the background: the engine is compiled once per
// pack for the whole browser instead of once per tab, and the content script
// that loads on every LinkedIn and X page stays small. The draft's text goes
// from the page to the extension's own worker on this device and nowhere else.

export interface DraftCheckRequest {
  network: Network;
  text: string;
  lockedSpans: string[];
}

/** Longest draft checked; LinkedIn's limit is 3,000, so this is generous. */
const MAX_TEXT = 20_000;

export function createDraftChecker(guidelines: () => Promise<Guidelines | null>) {
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

  return async ({ network, text, lockedSpans }: DraftCheckRequest): Promise<Finding[]> => {
    const current = await guidelines();
    if (!current || text.length > MAX_TEXT) return [];
    return engineFor(current).check(text, { network, ...(lockedSpans.length > 0 ? { lockedSpans } : {}) });
  };
}
