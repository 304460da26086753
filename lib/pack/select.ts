// What the panel shows beside a composer: the items that apply to this person,
// this network and this moment (activeItems), in the order they are most
// likely wanted (rankItems), and the exact text to insert (textFor).

// The guideline checks' folding, so that search and rules agree on what
// counts as the same word: case and diacritics ignored ("moller" finds
// "møller", "все" finds "всё"), but Russian й kept apart from и.
import { foldKey } from '../text/fold';
import type { Network, PackItem } from './schema';

export interface SelectContext {
  now: Date;
  network: Network;
  team?: string;
  role?: string;
}

export function activeItems(items: readonly PackItem[], ctx: SelectContext): PackItem[] {
  const now = ctx.now.getTime();
  return items.filter(
    (item) => item.text[ctx.network] !== undefined && isLive(item, now) && isForAudience(item, ctx),
  );
}

// startsAt inclusive, expiresAt exclusive, so back-to-back items never overlap.
function isLive(item: PackItem, now: number): boolean {
  if (item.startsAt !== undefined && Date.parse(item.startsAt) > now) return false;
  return item.expiresAt === undefined || Date.parse(item.expiresAt) > now;
}

// Both lists narrow: { teams: ['engineering'], roles: ['manager'] } means
// engineering's managers. An empty or missing list means everyone.
function isForAudience(item: PackItem, ctx: SelectContext): boolean {
  return inList(item.audience?.teams, ctx.team) && inList(item.audience?.roles, ctx.role);
}

// Case- and space-insensitive: teams and roles are typed by people in settings.
function inList(list: readonly string[] | undefined, value: string | undefined): boolean {
  if (list === undefined || list.length === 0) return true;
  const wanted = value?.trim().toLowerCase();
  return wanted !== undefined && list.some((entry) => entry.trim().toLowerCase() === wanted);
}

export interface RankOptions {
  // Most wanted first, as BCP 47 tags (navigator.languages, settings).
  preferredLanguages: readonly string[];
  query?: string;
}

// With a query, only items containing every term are kept. Order: match
// quality, then language preference, then priority, then recency (startsAt),
// then id, so equal inputs always give the same list.
export function rankItems(items: readonly PackItem[], opts: RankOptions): PackItem[] {
  const terms = [...new Set(foldKey(opts.query ?? '').split(/\s+/).filter((term) => term !== ''))];
  const ranked: { item: PackItem; keys: number[] }[] = [];
  for (const item of items) {
    const match = terms.length === 0 ? 0 : matchScore(item, terms);
    if (match === 0 && terms.length > 0) continue;
    const recency = item.startsAt === undefined ? 0 : Date.parse(item.startsAt);
    // Sort keys, all "smaller first".
    ranked.push({ item, keys: [-match, languageRank(item.language, opts.preferredLanguages), -(item.priority ?? 0), -recency] });
  }
  ranked.sort((a, b) => compareKeys(a.keys, b.keys) || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return ranked.map(({ item }) => item);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

// An exact tag beats a same-language match (en-GB wanted: en-GB, then en).
function languageRank(language: string, preferred: readonly string[]): number {
  const tag = language.toLowerCase();
  const primary = tag.split('-')[0];
  for (const [index, wanted] of preferred.entries()) {
    const wantedTag = wanted.toLowerCase();
    if (wantedTag === tag) return index * 2;
    if (wantedTag.split('-')[0] === primary) return index * 2 + 1;
  }
  return preferred.length * 2;
}

// Weights per field; a match at the start of a word counts a little more.
const TITLE = 4;
const TAGS = 2;
const TEXT = 1;

// Sum over terms of the best field each term is found in; 0 if a term is missing.
function matchScore(item: PackItem, terms: readonly string[]): number {
  const fields = searchFields(item);
  let total = 0;
  for (const term of terms) {
    const best = Math.max(TITLE * found(fields.title, term), TAGS * found(fields.tags, term), TEXT * found(fields.text, term));
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

// 0 absent, 1 inside a word, 1.5 at the start of a word.
function found(haystack: string, term: string): number {
  let score = 0;
  for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack.charAt(at - 1))) return 1.5;
    score = 1;
  }
  return score;
}

// Packs are parsed once and their items never change, so each item's
// normalised text is worked out once, not on every keystroke in the search box.
const fieldCache = new WeakMap<PackItem, { title: string; tags: string; text: string }>();

function searchFields(item: PackItem): { title: string; tags: string; text: string } {
  let fields = fieldCache.get(item);
  if (fields === undefined) {
    fields = {
      title: foldKey(item.title),
      tags: foldKey([...(item.hashtags ?? []), item.topic].join(' ')),
      text: foldKey([item.text.linkedin ?? '', item.text.x ?? ''].join('\n')),
    };
    fieldCache.set(item, fields);
  }
  return fields;
}

// The panel inserts text only; the link goes at the end unless the text
// already carries it. LinkedIn gets a blank line so the link preview stands
// apart; on X every character counts, so one newline.
export function textFor(item: PackItem, network: Network): string | undefined {
  const text = item.text[network];
  if (text === undefined || item.link === undefined || text.includes(item.link)) return text;
  return `${text}${network === 'linkedin' ? '\n\n' : '\n'}${item.link}`;
}
