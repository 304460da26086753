import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseWords, sliceAnalysis } from '../../../lib/rules/incremental';
import { parseTerm } from '../../../lib/rules/parse-term';
import { foldKey } from '../../../lib/text/fold';
import { tokenize } from '../../../lib/text/tokenize';
import { TermTrie } from '../../../lib/rules/term-trie';

function trieOf(terms: string[]): TermTrie {
  const trie = new TermTrie();
  const owner = trie.newOwner();
  for (const term of terms) {
    const parsed = parseTerm(term);
    if (parsed) trie.add(parsed.words.map(foldKey), parsed.prefix, owner, terms.indexOf(term));
  }
  return trie;
}

const TERMS = ['project falcon', 'falcon', 'falcon-2', 'фалькон*', 'wind pilot x*', 'ab*'];

describe('TermTrie', () => {
  const trie = trieOf(TERMS);
  const hits = (text: string) =>
    [...(trie.match(tokenize(text).keys).get(0) ?? [])].map((h) => [TERMS[h.index], h.first, h.last]);

  it('matches whole words and phrases, overlaps included', () => {
    expect(hits('Project Falcon lands')).toEqual([
      ['project falcon', 0, 1],
      ['falcon', 1, 1],
    ]);
    expect(hits('Falconer and falcons')).toEqual([]);
  });

  it('matches a prefix on the last word only', () => {
    expect(hits('О фальконом')).toEqual([['фалькон*', 1, 1]]);
    expect(hits('Wind Pilot X3')).toEqual([['wind pilot x*', 0, 2]]);
    expect(hits('abba ab a')).toEqual([
      ['ab*', 0, 0],
      ['ab*', 1, 1],
    ]);
  });

  it('knows its longest term', () => {
    expect(trie.maxWords).toBe(3);
  });

});

// Incremental analysis must give exactly what a fresh one gives.
describe('analyseWords', () => {
  const trie = trieOf(TERMS);
  const sorted = (hits: Map<number, { index: number; first: number; last: number }[]>) =>
    [...hits].map(([owner, list]) => [owner, [...list].sort((a, b) => a.first - b.first || a.last - b.last || a.index - b.index)]);
  const piece = fc.oneof(
    fc.constantFrom('Project', 'Falcon', 'falcon-2', 'фальконом', 'Wind Pilot X3', ' ', '\n', '-', 'ab', 'é', '🦅', 'İ'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('equals a fresh analysis after any edit', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (before, insert, at, cut) => {
        const start = at % (before.length + 1);
        const end = Math.min(before.length, start + (cut % 5));
        const after = before.slice(0, start) + insert + before.slice(end);
        const previous = analyseWords(before, trie);
        const incremental = analyseWords(after, trie, previous);
        const fresh = analyseWords(after, trie);
        expect(incremental.tokens).toEqual(fresh.tokens);
        expect(sorted(incremental.hits)).toEqual(sorted(fresh.hits));
      }),
      { numRuns: 500 },
    );
  });

  // Fix verification takes a window's words from the whole post's analysis.
  it('slices to exactly what analysing the slice gives, for ends that cut no word', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (whole, a, b) => {
        const analysis = analyseWords(whole, trie);
        const { starts, ends } = analysis.tokens;
        // Move each end out of any word it falls inside.
        const outOfWord = (at: number, toStart: boolean) => {
          const i = starts.findIndex((s, k) => s < at && at < (ends[k] as number));
          return i < 0 ? at : toStart ? (starts[i] as number) : (ends[i] as number);
        };
        const from = outOfWord(Math.min(a, b) % (whole.length + 1), true);
        const to = Math.max(from, outOfWord(Math.max(a, b) % (whole.length + 1), false));
        const sliced = sliceAnalysis(analysis, from, to);
        const fresh = analyseWords(whole.slice(from, to), trie);
        expect(sliced.text).toBe(fresh.text);
        expect(sliced.tokens).toEqual(fresh.tokens);
        expect(sorted(sliced.hits)).toEqual(sorted(fresh.hits));
      }),
      { numRuns: 500 },
    );
  });
});
