// The shared, lazily computed facts about one checked text: its words, the
// term hits of every word-based rule (one trie walk for all of them, redone
// only where the text changed since the last check: incremental.ts) and its
// links. Each is computed at most once per check, and only if a rule asks.
import { analyseWords, type WordAnalysis } from './incremental';
import { findLocked, type LockedRange } from './locked-text';
import type { TextView } from './text-view';
import type { TermHit, TermTrie } from './term-trie';
import type { CheckContext } from './types';
import { type FoundUrl, findUrls } from './urls';

const NO_HITS: readonly TermHit[] = [];

export interface EngineView extends TextView {
  // Owners (rules) with at least one term hit: the only word-based rules
  // worth running.
  ownersWithHits(): Iterable<number>;
  // The words of this check, if any rule asked, to start the next one from.
  analysed(): WordAnalysis | undefined;
}

export function createView(
  text: string,
  ctx: CheckContext,
  trie: TermTrie,
  knownDomains: ReadonlySet<string>,
  // Asked for only when a rule needs the words: the analysis to start from,
  // or this text's words already known (a window of an analysed text).
  words?: { previous?: () => WordAnalysis | undefined; known?: () => WordAnalysis },
): EngineView {
  let analysis: WordAnalysis | undefined;
  let urls: FoundUrl[] | undefined;
  let locked: LockedRange[] | undefined;
  const analyse = () => {
    analysis ??= words?.known?.() ?? analyseWords(text, trie, words?.previous?.());
    return analysis;
  };
  return {
    text,
    ctx,
    tokens: () => analyse().tokens,
    termHits: (owner) => analyse().hits.get(owner) ?? NO_HITS,
    ownersWithHits: () => analyse().hits.keys(),
    urls: () => {
      urls ??= findUrls(text, analyse().tokens, knownDomains);
      return urls;
    },
    locked: () => {
      locked ??= findLocked(text, ctx.lockedSpans ?? []);
      return locked;
    },
    analysed: () => analysis,
  };
}
