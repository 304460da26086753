// What the word-based rules (banned terms, substitutions, mentions) share:
// putting their terms into the one trie and turning raw trie hits into the
// hits that count (strict diacritics verified, longest match wins).
import { foldKey, parseTerm, strictKey, strictWordsAt } from './normalize';
import type { RuleProblem, TextView } from './rule';
import type { TermHit, TermTrie } from './term-trie';

// Kept small: a pack may hold thousands of terms. `strict` (the words'
// strict keys) only for rules with diacritics 'strict', which need them.
export interface TermEntry<R> {
  role: R;
  prefix: boolean;
  strict?: string[];
}

export type Diacritics = 'strict' | 'fold';

// Parses and registers a term; returns a problem for the author instead when
// the term cannot match anything. `joined` also registers the words written
// together ("ProjectFalcon", "#ProjectFalcon"), a common way to slip a code
// name past a filter.
export function addTerm<R>(
  trie: TermTrie,
  owner: number,
  entries: TermEntry<R>[],
  term: string,
  role: R,
  options: { diacritics: Diacritics; joined?: boolean },
): RuleProblem | undefined {
  const parsed = parseTerm(term);
  if (!parsed) {
    return {
      code: 'invalid-config',
      message: `term "${term}" has no letters or digits, or a * that is not at its end`,
    };
  }
  const variants = [parsed.words];
  if (options.joined && parsed.words.length > 1) variants.push([parsed.words.join('')]);
  for (const words of variants) addWords(trie, owner, entries, words, parsed.prefix, role, options.diacritics);
  return undefined;
}

function addWords<R>(
  trie: TermTrie,
  owner: number,
  entries: TermEntry<R>[],
  words: readonly string[],
  prefix: boolean,
  role: R,
  diacritics: Diacritics,
): void {
  trie.add(words.map(foldKey), prefix, owner, entries.length);
  entries.push(diacritics === 'strict' ? { role, prefix, strict: words.map(strictKey) } : { role, prefix });
}

// A spelling the style guide corrects ("Wind Pilot" for "WindPilot"): other
// word rules match it too, so a leak or a product mention is not missed for
// being misspelled, and the spelling fix never reveals one.
export interface Synonym {
  from: string[]; // words as the author wrote them
  to: string[]; // folded keys
}

// Synonyms by the first word they correct to, so a term looks up only those
// that can apply to it (thousands of substitutions would otherwise be tried
// against thousands of terms).
export type SynonymIndex = ReadonlyMap<string, readonly Synonym[]>;

export function indexSynonyms(synonyms: readonly Synonym[]): SynonymIndex {
  const index = new Map<string, Synonym[]>();
  for (const synonym of synonyms) {
    const first = synonym.to[0] as string;
    index.set(first, [...(index.get(first) ?? []), synonym]);
  }
  return index;
}

// A pass to run once every rule is compiled: registers, for every term that
// contains a synonym's correct words, the term with the misspelt words in
// their place. A function of its own, so the rule's closures do not keep
// the terms list (or the whole config) alive.
export function synonymPass<R>(
  trie: TermTrie,
  owner: number,
  entries: TermEntry<R>[],
  terms: readonly { term: string; role: R }[],
  diacritics: Diacritics,
): (synonyms: SynonymIndex) => void {
  return (synonyms) => {
    if (synonyms.size === 0) return;
    for (const { term, role } of terms) {
      const parsed = parseTerm(term);
      if (!parsed) continue;
      // The last word of a prefix term is not a whole word: not replaced.
      const keys = parsed.words.map(foldKey);
      const whole = parsed.prefix ? keys.length - 1 : keys.length;
      for (let at = 0; at < whole; at++) {
        for (const { from, to } of synonyms.get(keys[at] as string) ?? []) {
          if (at + to.length > whole || !to.every((key, i) => keys[at + i] === key)) continue;
          const words = [...parsed.words.slice(0, at), ...from, ...parsed.words.slice(at + to.length)];
          addWords(trie, owner, entries, words, parsed.prefix, role, diacritics);
        }
      }
    }
  };
}

export interface ResolvedHit<R> {
  entry: TermEntry<R>;
  start: number; // UTF-16 offsets
  end: number;
}

// Leftmost, then longest, then lowest `rank` wins; hits overlapping a winner
// are dropped. So the exception "Falcon Heights" (ranked first) hides the
// term "Falcon" inside it, and "Wind Pilot" beats "Pilot".
export function resolveHits<R>(
  view: TextView,
  hits: readonly TermHit[],
  entries: readonly TermEntry<R>[],
  diacritics: Diacritics,
  rank: (role: R) => number = () => 0,
): ResolvedHit<R>[] {
  const tokens = view.tokens();
  const candidates: { hit: TermHit; entry: TermEntry<R> }[] = [];
  for (const hit of hits) {
    const entry = entries[hit.index];
    if (entry === undefined) continue;
    if (diacritics === 'strict' && !strictMatches(strictWordsAt(view.text, tokens, hit.first, hit.last), entry)) {
      continue;
    }
    candidates.push({ hit, entry });
  }
  candidates.sort(
    (a, b) => a.hit.first - b.hit.first || b.hit.last - a.hit.last || rank(a.entry.role) - rank(b.entry.role),
  );
  const resolved: ResolvedHit<R>[] = [];
  let taken = -1;
  for (const { hit, entry } of candidates) {
    if (hit.first <= taken) continue;
    taken = hit.last;
    resolved.push({ entry, start: tokens.starts[hit.first] ?? 0, end: tokens.ends[hit.last] ?? 0 });
  }
  return resolved;
}

function strictMatches<R>(found: readonly string[], entry: TermEntry<R>): boolean {
  const strict = entry.strict ?? [];
  return strict.every((word, i) => {
    const actual = found[i] ?? '';
    return entry.prefix && i === strict.length - 1 ? actual.startsWith(word) : actual === word;
  });
}
