// What the word-based rules (banned terms, substitutions, mentions) share:
// putting their terms into the one trie and turning raw trie hits into the
// hits that count (strict diacritics verified, longest match wins).
import { foldKey, strictKey } from '../text/fold';
import type { Tokens } from '../text/tokenize';
import { parseTerm } from './parse-term';
import type { TextView } from './text-view';
import type { RuleProblem } from './types';
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

export function addWords<R>(
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

// Strict keys of the words between two token indices, to verify a hit.
function strictWordsAt(text: string, tokens: Tokens, first: number, last: number): string[] {
  const words: string[] = [];
  for (let i = first; i <= last; i++) {
    words.push(strictKey(text.slice(tokens.starts[i], tokens.ends[i])));
  }
  return words;
}
