// Words and their comparison keys (fold.ts), for terms and for the checked
// text alike, so both sides are cut and folded the same way. Intl.Segmenter
// is avoided on purpose: it is missing in some runtimes and gains nothing for
// the Latin and Cyrillic scripts the packs are written in.
//
// A word is a run of letters, digits and combining marks; everything else
// (spaces, line breaks, punctuation, emoji) separates words, which is what
// lets "Project\nFalcon" and "project-falcon" match "project falcon".
import { charFlags, FOLDS, isWordAt, LOWER, UPPER, WORD } from './chars';
import { foldKey } from './fold';

export interface Tokens {
  keys: string[]; // folded keys (lowercase, diacritics removed)
  starts: number[]; // UTF-16 offsets into the original text
  ends: number[];
  // Capitals and cased letters per word, counted on the way for the
  // shouting rule, which then needs no pass of its own.
  capitals: number[];
  cased: number[];
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

// A hand-written loop over a character table (chars.ts): several times
// faster than a /[\p{L}\p{N}\p{M}]+/gu scan, and this runs on every check.
// `from` and `to` must not cut a word (incremental.ts re-cuts only the part
// of a text that changed).
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const tokens: Tokens = { keys: [], starts: [], ends: [], capitals: [], cased: [] };
  const n = to;
  // Lowercasing the whole text once is cheaper than word by word; usable
  // for slicing only if no character changed length (İ becomes two units).
  const lowered = text.slice(from, to).toLowerCase();
  const aligned = lowered.length === to - from;
  let i = from;
  while (i < n) {
    while (i < n && !isWordUnit(text, i)) i++;
    if (i >= n) break;
    const start = i;
    let plain = true; // lower case is the key: no folding needed
    let capitals = 0;
    let cased = 0;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_WORD[code] === 0) break;
        if (code >= 65) cased++; // a letter: digits are below 65
        if (code >= 65 && code <= 90) capitals++;
        continue;
      }
      const flags = charFlags(text, i);
      if ((flags & WORD) === 0) break;
      if (flags & (UPPER | LOWER)) cased++;
      if (flags & UPPER) capitals++;
      if (flags & FOLDS) plain = false;
    }
    const key = plain && aligned ? lowered.slice(start - from, i - from) : foldKey(text.slice(start, i));
    // A run of combining marks alone folds to nothing: not a word.
    if (key === '') continue;
    tokens.keys.push(key);
    tokens.starts.push(start);
    tokens.ends.push(i);
    tokens.capitals.push(capitals);
    tokens.cased.push(cased);
  }
  return tokens;
}

function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code] === 1 : isWordAt(text, i);
}
