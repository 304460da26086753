// The shared, lazily computed facts about one checked text: its words, the
// term hits of every word-based rule (one trie walk for all of them) and its
// links. Each is computed at most once per check, and only if a rule asks.
import { tokenize, type Tokens } from './normalize';
import type { TextView } from './rule';
import type { TermHit, TermTrie } from './term-trie';
import type { CheckContext } from './types';
import { type FoundUrl, findUrls } from './urls';

const NO_HITS: readonly TermHit[] = [];

export interface EngineView extends TextView {
  // Owners (rules) with at least one term hit: the only word-based rules
  // worth running.
  ownersWithHits(): Iterable<number>;
}

export function createView(text: string, ctx: CheckContext, trie: TermTrie, knownDomains: ReadonlySet<string>): EngineView {
  let tokens: Tokens | undefined;
  let hits: Map<number, TermHit[]> | undefined;
  let urls: FoundUrl[] | undefined;
  const words = () => {
    tokens ??= tokenize(text);
    return tokens;
  };
  const termHits = () => {
    hits ??= trie.match(words().keys);
    return hits;
  };
  return {
    text,
    ctx,
    tokens: words,
    termHits: (owner) => termHits().get(owner) ?? NO_HITS,
    ownersWithHits: () => termHits().keys(),
    urls: () => {
      urls ??= findUrls(text, words(), knownDomains);
      return urls;
    },
  };
}
