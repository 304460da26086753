// Several packs in force at once: the company-wide pack plus team packs. The
// result is a plain value, the same for the same input, so it can be cached
// and compared.
//
// THE RULE. Packs are given in order of precedence, broadest first (the
// company-wide pack, then team packs); the caller's configured order is the order.
// - Items: keyed by item id; on a clash the later pack's item replaces the
//   earlier one and takes its place in the list. A team pack can thereby adapt
//   a company item (localise it, re-time it), but it cannot delete one. Item
//   priority plays no part here: it ranks items, it does not pick between packs.
// - The same pack id twice (an old copy and an update): only the higher version
//   counts, at the place of the first copy.
// - Guidelines: contact and policyUrl from the first pack that has guidelines
//   (the company policy owner); rules from all packs, in order, exact duplicates
//   dropped. A team can add rules but never drop or weaken a company rule.
// - Sites: a site switched off by any pack stays off (it is a kill switch);
//   composer selectors are the union, in pack order.
// - Languages: the union, in order of first appearance.
import { canonicalJson } from './canonical';
import { NETWORKS, type Pack, type PackItem } from './schema';

type Guidelines = NonNullable<Pack['guidelines']>;
type SiteOverrides = NonNullable<Pack['sites']>;

export interface PackSource {
  id: string;
  version: number;
  publisher: string;
  issuedAt: string;
}

export interface MergedPacks {
  sources: PackSource[];
  languages: string[];
  items: PackItem[];
  guidelines?: Guidelines;
  sites: SiteOverrides;
}

export function mergePacks(packs: readonly Pack[]): MergedPacks {
  const sources = highestVersionPerId(packs);
  const items = new Map<string, PackItem>();
  // Map.set on an existing key keeps the key's original position.
  for (const pack of sources) for (const item of pack.items) items.set(item.id, item);
  const merged: MergedPacks = {
    sources: sources.map(({ id, version, publisher, issuedAt }) => ({ id, version, publisher, issuedAt })),
    languages: [...new Set(sources.flatMap((pack) => pack.languages))],
    items: [...items.values()],
    sites: mergeSites(sources),
  };
  const guidelines = mergeGuidelines(sources);
  if (guidelines !== undefined) merged.guidelines = guidelines;
  return merged;
}

function highestVersionPerId(packs: readonly Pack[]): Pack[] {
  const byId = new Map<string, Pack>();
  for (const pack of packs) {
    const seen = byId.get(pack.id);
    if (seen === undefined || pack.version > seen.version) byId.set(pack.id, pack);
  }
  return [...byId.values()];
}

function mergeGuidelines(packs: readonly Pack[]): Guidelines | undefined {
  const all = packs.flatMap((pack) => (pack.guidelines === undefined ? [] : [pack.guidelines]));
  const first = all[0];
  if (first === undefined) return undefined;
  const rules = new Map<string, Guidelines['rules'][number]>();
  // Canonical JSON as identity: the same rule written with keys in another order is still the same rule.
  for (const rule of all.flatMap((guidelines) => guidelines.rules)) {
    const key = canonicalJson(rule);
    if (!rules.has(key)) rules.set(key, rule);
  }
  return { ...first, rules: [...rules.values()] };
}

function mergeSites(packs: readonly Pack[]): SiteOverrides {
  const sites: SiteOverrides = {};
  for (const network of NETWORKS) {
    const overrides = packs.flatMap((pack) => pack.sites?.[network] ?? []);
    if (overrides.length === 0) continue;
    const enabledValues = overrides.map((override) => override.enabled);
    const selectors = [...new Set(overrides.flatMap((override) => override.composerSelectors ?? []))];
    sites[network] = {
      ...(enabledValues.includes(false) ? { enabled: false } : enabledValues.includes(true) ? { enabled: true } : {}),
      ...(selectors.length > 0 ? { composerSelectors: selectors } : {}),
    };
  }
  return sites;
}
