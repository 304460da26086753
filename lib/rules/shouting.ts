// Shouting: a sentence or line written mostly in capitals. Counted per
// sentence, so one acronym ("NATO", "WindPilot X2") does not trip it, and
// hashtags, mentions and links are left out of the count and the fix.
// Works for any cased script (Latin, Cyrillic, Greek, even astral ones);
// scripts without case are never counted.
import { shoutingSchema } from './config';
import { charFlags, LOWER, UPPER } from './chars';
import { makeFinding } from './finding';
import { fixLabel } from './fix-labels';
import { findHashtags } from './hashtags';
import { defineRule, type TextView } from './rule';
import type { Finding } from './types';

const SENTENCE = /[^\n.!?…]+[.!?…]*/g;
const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;

interface Range {
  start: number;
  end: number;
}

export const shoutingRule = defineRule('shouting', shoutingSchema, (config) => {
  const minLetters = config.minLetters ?? 12;
  const ratio = config.ratio ?? 0.7;
  return {
    id: config.id,
    kind: 'shouting',
    networks: config.networks,
    check(view) {
      const { text } = view;
      // Most posts have too few capitals in all to shout anywhere: one cheap
      // pass saves the sentence-by-sentence count.
      if (countUpper(text) < minLetters * ratio) return [];
      const skip = skippedRanges(view);
      const findings: Finding[] = [];
      SENTENCE.lastIndex = 0;
      for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].trimEnd().length;
        if (end <= start) continue;
        let upper = 0;
        let cased = 0;
        forEachCounted(start, end, skip, (i) => {
          const flags = charFlags(text, i);
          if (flags & (UPPER | LOWER)) cased++;
          if (flags & UPPER) upper++;
        });
        if (cased < minLetters || upper / cased < ratio) continue;
        const fixed = sentenceCase(text, start, end, skip);
        const fix = { label: fixLabel('sentenceCase'), edits: [{ start, end, insert: fixed }] };
        findings.push(makeFinding(config, start, end, { found: text.slice(start, end) }, fix));
      }
      return findings;
    },
  };
});

function skippedRanges(view: TextView): Range[] {
  const ranges: Range[] = [...findHashtags(view.text), ...view.urls()];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(view.text); m !== null; m = MENTION.exec(view.text)) {
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function countUpper(text: string): number {
  let upper = 0;
  for (let i = 0; i < text.length; i++) if (charFlags(text, i) & UPPER) upper++;
  return upper;
}

// Calls `visit` with each offset outside the skipped ranges.
function forEachCounted(start: number, end: number, skip: Range[], visit: (i: number) => void) {
  let r = 0;
  for (let i = start; i < end; i++) {
    while (r < skip.length && (skip[r] as Range).end <= i) r++;
    const range = skip[r];
    if (range && range.start <= i) {
      i = range.end - 1;
      continue;
    }
    visit(i);
  }
}

// Lower case, with a capital for the first letter; skipped ranges as written.
function sentenceCase(text: string, start: number, end: number, skip: Range[]): string {
  let out = '';
  let capitalised = false;
  let i = start;
  for (const range of skip) {
    if (range.end <= start || range.start >= end) continue;
    out += lower(text.slice(i, Math.max(i, range.start)));
    out += text.slice(Math.max(i, range.start), Math.min(end, range.end));
    i = Math.max(i, Math.min(end, range.end));
  }
  out += lower(text.slice(i, end));
  return out;

  function lower(part: string): string {
    const lowered = part.toLowerCase();
    if (capitalised) return lowered;
    const first = lowered.search(/\p{Ll}/u);
    if (first < 0) return lowered;
    capitalised = true;
    return lowered.slice(0, first) + lowered.charAt(first).toUpperCase() + lowered.slice(first + 1);
  }
}
