// Shouting: a sentence or line written mostly in capitals. Counted per
// sentence, so one acronym ("NATO", "WindPilot X2") does not trip it, and
// hashtags, mentions, links and locked spans are left out of the count and
// the fix. Works
// for any cased script (Latin, Cyrillic, Greek); scripts without case never
// count. Uses the per-word counts the tokenizer already made.
import * as z from 'zod/mini';
import { makeFinding } from '../finding';
import { fixLabel } from '../fix-labels';
import { findHashtags } from '../../text/hashtags';
import type { Tokens } from '../../text/tokenize';
import { defineRule } from '../rule';
import type { TextView } from '../text-view';
import type { Finding } from '../types';

const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;

interface Range {
  start: number;
  end: number;
}

// A sentence or line shouts when it has at least minLetters cased letters
// (default 12) and at least `ratio` of them (default 0.7) are capitals.
const options = {
  minLetters: z.optional(z.number().check(z.int(), z.gte(4), z.lte(1000))),
  ratio: z.optional(z.number().check(z.gt(0.5), z.lte(1))),
};

export const shoutingRule = defineRule('shouting', options, (config) => {
  const minLetters = config.minLetters ?? 12;
  const ratio = config.ratio ?? 0.7;
  const shouts = (upper: number, letters: number) => letters >= minLetters && upper >= letters * ratio;
  return {
    check(view) {
      const tokens = view.tokens();
      const findings: Finding[] = [];
      let skip: Range[] | undefined;
      for (const [first, last] of sentences(view.text, tokens)) {
        // Capitals in all words bound those outside hashtags and links: most
        // sentences are ruled out here, before the ranges are even found.
        let capitals = 0;
        for (let i = first; i <= last; i++) capitals += tokens.capitals[i] as number;
        if (capitals < minLetters * ratio) continue;
        skip ??= skippedRanges(view);
        const counted = count(tokens, first, last, skip);
        if (!shouts(counted.upper, counted.letters)) continue;
        const start = tokens.starts[first] as number;
        let end = tokens.ends[last] as number;
        while (end < view.text.length && '.!?…'.includes(view.text.charAt(end))) end++;
        const fix = { label: fixLabel('sentenceCase'), edits: [{ start, end, insert: sentenceCase(view.text, start, end, skip) }] };
        findings.push(makeFinding(config, start, end, { found: view.text.slice(start, end) }, fix));
      }
      return findings;
    },
  };
});

// Word index ranges [first, last] of each sentence or line.
function sentences(text: string, tokens: Tokens): [number, number][] {
  const found: [number, number][] = [];
  let first = 0;
  for (let i = 1; i <= tokens.starts.length; i++) {
    if (i < tokens.starts.length && !breaks(text, tokens.ends[i - 1] as number, tokens.starts[i] as number)) continue;
    found.push([first, i - 1]);
    first = i;
  }
  return found;
}

// . ! ? … or a line break between two words.
function breaks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 10) return true;
  }
  return false;
}

function count(tokens: Tokens, first: number, last: number, skip: Range[]) {
  let upper = 0;
  let letters = 0;
  for (let i = first; i <= last; i++) {
    const start = tokens.starts[i] as number;
    if (skip.some((r) => r.start <= start && start < r.end)) continue;
    upper += tokens.capitals[i] as number;
    letters += tokens.cased[i] as number;
  }
  return { upper, letters };
}

function skippedRanges(view: TextView): Range[] {
  const ranges: Range[] = [...findHashtags(view.text), ...view.urls(), ...view.locked()];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(view.text); m !== null; m = MENTION.exec(view.text)) {
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

// Lower case with a capital first letter; skipped ranges stay as written.
function sentenceCase(text: string, start: number, end: number, skip: Range[]): string {
  let out = '';
  let capitalised = false;
  let i = start;
  const lower = (part: string): string => {
    const lowered = part.toLowerCase();
    if (capitalised) return lowered;
    const at = lowered.search(/\p{Ll}/u);
    if (at < 0) return lowered;
    capitalised = true;
    return lowered.slice(0, at) + lowered.charAt(at).toUpperCase() + lowered.slice(at + 1);
  };
  for (const range of skip) {
    if (range.end <= start || range.start >= end) continue;
    out += lower(text.slice(i, Math.max(i, range.start)));
    out += text.slice(Math.max(i, range.start), Math.min(end, range.end));
    i = Math.max(i, Math.min(end, range.end));
  }
  return out + lower(text.slice(i, end));
}
