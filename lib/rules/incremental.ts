// Words and term hits, redone only where the text changed. Between two
// checks a person types a few characters, so nearly all words and hits of the
// last check still hold: words wholly before the change keep their offsets,
// words wholly after it move by the change in length, and only the words in
// between are cut again. Term hits are kept the same way; only those that
// could reach into the change (up to the longest term's word count before
// it) are matched again. This halved a check of a 3,000-character post
// (bench/rules.ts), since cutting and matching words were its largest part.
import { type Tokens, tokenize } from '../text/tokenize';
import type { TermHit, TermTrie } from './term-trie';

export interface WordAnalysis {
  text: string;
  tokens: Tokens;
  hits: Map<number, TermHit[]>;
  // How this text differs from the one before, when analysed from it: the
  // lengths of the unchanged beginning and end.
  unchanged?: { prefix: number; suffix: number };
}

// `previous` is taken over: its arrays are reused for the result.
export function analyseWords(text: string, trie: TermTrie, previous?: WordAnalysis): WordAnalysis {
  const { prefix, suffix } = previous ? commonEnds(previous.text, text) : { prefix: 0, suffix: 0 };
  // Most of the text changed (a paste, another composer): start afresh.
  if (!previous || prefix + suffix < text.length / 2) {
    const tokens = tokenize(text);
    return { text, tokens, hits: trie.match(tokens.keys) };
  }
  const old = previous.tokens;
  const delta = text.length - previous.text.length;
  // Kept: words whose following (or preceding) separator is unchanged.
  let kept = 0;
  while (kept < old.ends.length && (old.ends[kept] as number) < prefix) kept++;
  let oldSuffix = old.starts.length;
  while (oldSuffix > kept && (old.starts[oldSuffix - 1] as number) > previous.text.length - suffix) oldSuffix--;

  const from = kept > 0 ? (old.ends[kept - 1] as number) : 0;
  const to = oldSuffix < old.starts.length ? (old.starts[oldSuffix] as number) + delta : text.length;
  const middle = tokenize(text, from, to);
  const tokens = spliceTokens(old, kept, middle, oldSuffix, delta);

  const newSuffix = kept + middle.keys.length;
  const shift = newSuffix - oldSuffix;
  const rematchFrom = Math.max(0, kept - trie.maxWords + 1);
  const hits = new Map<number, TermHit[]>();
  for (const [owner, list] of previous.hits) {
    for (const hit of list) {
      const moved =
        hit.first < rematchFrom ? hit : hit.first >= oldSuffix ? { ...hit, first: hit.first + shift, last: hit.last + shift } : undefined;
      if (!moved) continue;
      const into = hits.get(owner);
      if (into) into.push(moved);
      else hits.set(owner, [moved]);
    }
  }
  trie.match(tokens.keys, rematchFrom, newSuffix, hits);
  return { text, tokens, hits, unchanged: { prefix, suffix } };
}

// The words and hits of text.slice(from, to), taken from the analysis of the
// whole text instead of cut and matched again (fix verification looks at
// many small windows of a post it has just analysed). `from` and `to` must
// not cut a word; a hit is kept only if all its words are inside. New
// arrays: the result may be taken over by analyseWords.
export function sliceAnalysis(whole: WordAnalysis, from: number, to: number): WordAnalysis {
  const { keys, starts, ends, capitals, cased } = whole.tokens;
  const first = firstAtOrAfter(starts, from);
  const end = firstAtOrAfter(ends, to + 1);
  const tokens: Tokens = {
    keys: keys.slice(first, end),
    starts: starts.slice(first, end).map((at) => at - from),
    ends: ends.slice(first, end).map((at) => at - from),
    capitals: capitals.slice(first, end),
    cased: cased.slice(first, end),
  };
  const hits = new Map<number, TermHit[]>();
  for (const [owner, list] of whole.hits) {
    for (const hit of list) {
      if (hit.first < first || hit.last >= end) continue;
      const moved = { ...hit, first: hit.first - first, last: hit.last - first };
      const into = hits.get(owner);
      if (into) into.push(moved);
      else hits.set(owner, [moved]);
    }
  }
  return { text: whole.text.slice(from, to), tokens, hits };
}

// The first index whose (ascending) value is at least `at`.
export function firstAtOrAfter(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Lengths of the common beginning and end, not overlapping. Found by
// halving with string comparison, which V8 does a block at a time: faster
// than comparing character by character across a whole post. Neither ends
// inside a surrogate pair: what a half means depends on its other half.
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = longestCommon(max, (n) => a.slice(0, n) === b.slice(0, n));
  if (prefix > 0 && isHigh(a.charCodeAt(prefix - 1))) prefix--;
  let suffix = longestCommon(max - prefix, (n) => a.slice(a.length - n) === b.slice(b.length - n));
  if (suffix > 0 && isLow(a.charCodeAt(a.length - suffix))) suffix--;
  return { prefix, suffix };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// The largest n in [0, max] with same(n), for a same() true up to some n.
function longestCommon(max: number, same: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (same(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

// In place: the previous analysis belongs to the engine and is not read
// again, and moving array elements is cheaper than copying five arrays.
function spliceTokens(old: Tokens, kept: number, middle: Tokens, oldSuffix: number, delta: number): Tokens {
  const removed = oldSuffix - kept;
  old.keys.splice(kept, removed, ...middle.keys);
  old.starts.splice(kept, removed, ...middle.starts);
  old.ends.splice(kept, removed, ...middle.ends);
  old.capitals.splice(kept, removed, ...middle.capitals);
  old.cased.splice(kept, removed, ...middle.cased);
  if (delta !== 0) {
    for (let i = kept + middle.keys.length; i < old.starts.length; i++) {
      old.starts[i] = (old.starts[i] as number) + delta;
      old.ends[i] = (old.ends[i] as number) + delta;
    }
  }
  return old;
}
