// Misspellings the style guide corrects, matched by the other word rules
// too (see Synonym). Collected from the substitution rules while compiling,
// applied once every rule is compiled (compile.ts).
import { foldKey } from '../text/fold';
import { parseTerm } from './parse-term';
import { addWords, type Diacritics, type TermEntry } from './term-match';
import type { TermTrie } from './term-trie';

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
